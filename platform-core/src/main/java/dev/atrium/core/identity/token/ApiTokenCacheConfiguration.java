package dev.atrium.core.identity.token;

import dev.atrium.core.redis.AtriumRedis;
import dev.atrium.core.role.RoleRightsChanged;
import dev.atrium.core.tenant.TenantChanged;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;

/** The token lookups' cache, shared through Redis when {@code atrium.redis.url} is set. */
@Configuration(proxyBeanMethods = false)
class ApiTokenCacheConfiguration {

    @Bean(destroyMethod = "close")
    ApiTokenCache apiTokenCache(@Value("${atrium.redis.url:}") String redisUrl, DataSource dataSource) {
        return redisUrl.isBlank() ? ApiTokenCache.localOnly()
                : ApiTokenCache.shared(redisUrl, AtriumRedis.namespace(dataSource));
    }

    @Bean
    TenantChanges tenantChanges(ApiTokenCache cache) {
        return new TenantChanges(cache);
    }

    /**
     * A suspended, resumed or deleted tenant's tokens answer differently from the next request on, and so do the
     * tokens of a tenant whose role changed its rights: a lookup keeps the rights its owner's role held.
     */
    static final class TenantChanges {

        private final ApiTokenCache cache;

        TenantChanges(ApiTokenCache cache) {
            this.cache = cache;
        }

        @EventListener
        void on(TenantChanged change) {
            cache.changed(change.tenantId());
        }

        @EventListener
        void on(RoleRightsChanged change) {
            cache.changed(change.tenantId());
        }
    }
}
