package dev.atrium.core.role;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface RoleRightRepository extends JpaRepository<RoleRight, Long> {

    List<RoleRight> findByRoleKey(String roleKey);

    List<RoleRight> findByRightIn(List<String> rights);

    boolean existsByRoleKeyAndRight(String roleKey, String right);
}
