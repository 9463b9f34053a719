package dev.atrium.core.identity.token;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ApiTokenRepository extends JpaRepository<ApiToken, Long> {

    List<ApiToken> findByTenantIdAndUserIdOrderByCreatedAtDesc(long tenantId, long userId);

    Optional<ApiToken> findByTenantIdAndUserIdAndId(long tenantId, long userId, long id);
}
