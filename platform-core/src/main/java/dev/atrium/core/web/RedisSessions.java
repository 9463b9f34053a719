package dev.atrium.core.web;

import dev.atrium.core.redis.AtriumRedis;
import io.lettuce.core.RedisURI;
import java.time.Duration;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.connection.RedisPassword;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceClientConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.RedisTemplate;
import org.springframework.data.redis.serializer.StringRedisSerializer;
import org.springframework.session.config.annotation.web.http.EnableSpringHttpSession;
import org.springframework.session.data.redis.RedisSessionRepository;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;

/**
 * Page sessions (tenant users' and operators') in Redis when {@code ATRIUM_REDIS_URL}
 * is set, so any web pod answers any signed-in browser and signing out on one ends
 * the session on all; without Redis (the embedded default) they stay in Tomcat's
 * memory. {@code atrium.sessions.redis=false} keeps them in memory even with Redis.
 * <p>
 * Its own Lettuce client rather than a {@code RedisConnectionFactory} bean, so
 * Boot's Redis auto-configuration, and whoever uses it, is left as it is. Keys are
 * namespaced by database name, as the module activations' are: platforms (and test
 * runs) sharing a Redis never read each other's sessions.
 */
@ConditionalOnWebApplication
@ConditionalOnExpression("!'${atrium.redis.url:}'.isBlank() and ${atrium.sessions.redis:true}")
@Configuration(proxyBeanMethods = false)
@EnableSpringHttpSession
class RedisSessions {

    private static final Logger log = LoggerFactory.getLogger(RedisSessions.class);

    @Bean(destroyMethod = "destroy")
    SessionRedis sessionRedis(@Value("${atrium.redis.url}") String url) {
        return new SessionRedis(url);
    }

    @Bean
    RedisSessionRepository sessionRepository(SessionRedis redis, DataSource dataSource,
            @Value("${server.servlet.session.timeout:30m}") Duration timeout) {
        RedisTemplate<String, Object> template = new RedisTemplate<>();
        template.setConnectionFactory(redis.connections);
        template.setKeySerializer(StringRedisSerializer.UTF_8);
        template.setHashKeySerializer(StringRedisSerializer.UTF_8);
        SessionAttributeSerializer values = new SessionAttributeSerializer(RedisSessions.class.getClassLoader());
        template.setValueSerializer(values);
        template.setHashValueSerializer(values);
        template.afterPropertiesSet();
        RedisSessionRepository sessions = new RedisSessionRepository(template);
        sessions.setRedisKeyNamespace(AtriumRedis.namespace(dataSource) + ":session");
        sessions.setDefaultMaxInactiveInterval(timeout);
        log.info("Page sessions are kept in Redis");
        return sessions;
    }

    /** HttpOnly, SameSite=Lax, and Secure whenever the request is HTTPS (behind a trusted proxy too). */
    @Bean
    CookieSerializer sessionCookie() {
        DefaultCookieSerializer cookie = new DefaultCookieSerializer();
        cookie.setCookieName("SESSION");
        cookie.setCookiePath("/");
        cookie.setUseHttpOnlyCookie(true);
        cookie.setSameSite("Lax");
        return cookie;
    }

    /** The Lettuce connections the sessions use, closed with the context. */
    static final class SessionRedis {

        private final LettuceConnectionFactory connections;

        SessionRedis(String url) {
            RedisURI uri = RedisURI.create(url);
            RedisStandaloneConfiguration server = new RedisStandaloneConfiguration(uri.getHost(), uri.getPort());
            server.setDatabase(uri.getDatabase());
            // redis://user:password@host or redis://:password@host
            String userInfo = java.net.URI.create(url).getRawUserInfo();
            if (userInfo != null) {
                int colon = userInfo.indexOf(':');
                String user = colon < 0 ? userInfo : userInfo.substring(0, colon);
                if (!user.isEmpty()) {
                    server.setUsername(decoded(user));
                }
                if (colon >= 0) {
                    server.setPassword(RedisPassword.of(decoded(userInfo.substring(colon + 1))));
                }
            }
            LettuceClientConfiguration.LettuceClientConfigurationBuilder client = LettuceClientConfiguration.builder()
                    .commandTimeout(Duration.ofSeconds(2));
            if (uri.isSsl()) {
                client.useSsl();
            }
            connections = new LettuceConnectionFactory(server, client.build());
            connections.afterPropertiesSet();
            connections.start();
        }

        private static String decoded(String part) {
            return java.net.URLDecoder.decode(part, java.nio.charset.StandardCharsets.UTF_8);
        }

        void destroy() {
            connections.destroy();
        }
    }
}
