package dev.atrium.core.identity.throttle;

import dev.atrium.core.redis.AtriumRedis;
import dev.atrium.core.tenant.TenantService;
import io.github.bucket4j.TimeMeter;
import java.time.Clock;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One throttle for every way in. Counters are shared through Redis when {@code atrium.redis.url} is set, under
 * keys namespaced by the database's name (platforms and test runs sharing a Redis never count each other's
 * failures), and kept on this node otherwise.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SignInThrottleProperties.class)
class SignInThrottleConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SignInThrottleConfiguration.class);
    /** Enough for every account and address a node meets in a window, small enough for any heap. */
    private static final int LOCAL_BUCKETS = 100_000;

    @Bean(destroyMethod = "close")
    ThrottleCounters signInThrottleCounters(@Value("${atrium.redis.url:}") String redisUrl, Clock clock) {
        TimeMeter time = new ClockTime(clock);
        LocalThrottleCounters local = new LocalThrottleCounters(time, LOCAL_BUCKETS);
        if (redisUrl.isBlank()) {
            log.info("No ATRIUM_REDIS_URL: sign-in failures are counted on this node only");
            return local;
        }
        return new RedisThrottleCounters(redisUrl, time, local);
    }

    @Bean
    SignInThrottle signInThrottle(ThrottleCounters counters, SignInThrottleProperties properties,
            DataSource dataSource, TenantService tenants, Clock clock) {
        return new SignInThrottle(counters, new LockoutAudit(dataSource, tenants, clock), properties,
                AtriumRedis.namespace(dataSource));
    }

    /** Bucket4j reads time from the platform's clock, so tests move it instead of waiting out a window. */
    private record ClockTime(Clock clock) implements TimeMeter {
        @Override
        public long currentTimeNanos() {
            return clock.millis() * 1_000_000L;
        }

        @Override
        public boolean isWallClockBased() {
            return true;
        }
    }
}
