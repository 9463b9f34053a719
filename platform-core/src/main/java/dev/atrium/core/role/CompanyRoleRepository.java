package dev.atrium.core.role;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CompanyRoleRepository extends JpaRepository<CompanyRole, Long> {

    /** The built-in roles first, in the order they were seeded (owner, administrator, member), then the tenant's. */
    List<CompanyRole> findAllByOrderByBuiltInDescIdAsc();

    Optional<CompanyRole> findByKey(String key);

    boolean existsByKey(String key);
}
