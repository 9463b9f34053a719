package dev.atrium.core.identity.user;

import dev.atrium.core.principal.Role;
import java.util.List;
import java.util.Optional;
import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByTenantIdAndEmailIgnoreCase(long tenantId, String email);

    Optional<UserAccount> findByTenantIdAndId(long tenantId, long id);

    List<UserAccount> findByTenantIdOrderByEmail(long tenantId);

    boolean existsByTenantIdAndEmailIgnoreCase(long tenantId, String email);

    /** Locked, so two owners demoting each other at once cannot both succeed and leave none. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    List<UserAccount> findByTenantIdAndRoleAndEnabledTrue(long tenantId, String role);
}
