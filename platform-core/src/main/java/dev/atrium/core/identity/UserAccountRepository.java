package dev.atrium.core.identity;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByTenantIdAndEmailIgnoreCase(long tenantId, String email);

    Optional<UserAccount> findByTenantIdAndId(long tenantId, long id);

    List<UserAccount> findByTenantIdOrderByEmail(long tenantId);

    boolean existsByTenantIdAndEmailIgnoreCase(long tenantId, String email);
}
