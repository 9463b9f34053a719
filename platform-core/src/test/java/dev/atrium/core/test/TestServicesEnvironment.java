package dev.atrium.core.test;

import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Points every application a test starts at this run's own database, and at
 * the test Redis when there is one ({@link TestRedis}). A test that sets
 * {@code atrium.test.own-database=true} keeps the {@code atrium.db.url} it sets;
 * one that sets {@code atrium.sessions.redis=true} keeps page sessions in that Redis.
 */
public class TestServicesEnvironment implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Map<String, Object> properties = new HashMap<>();
        // A developer's ATRIUM_DB_URL is never used by tests: they create tenants freely.
        if (!environment.getProperty("atrium.test.own-database", Boolean.class, false)) {
            TestDatabase database = TestDatabase.get();
            properties.put("atrium.db.url", database.jdbcUrl());
            properties.put("atrium.db.owner-user", database.user());
            properties.put("atrium.db.owner-password", database.password());
        }
        if (environment.getProperty("atrium.redis.url") == null) {
            TestRedis.url().ifPresent(redis -> properties.put("atrium.redis.url", redis));
        }
        // MockMvc carries a signed-in session as a MockHttpSession, which Spring Session's filter never reads:
        // page sessions stay in memory unless a test asks for Redis (as the tests of several nodes do).
        if (environment.getProperty("atrium.sessions.redis") == null) {
            properties.put("atrium.sessions.redis", "false");
        }
        // The suite signs in often, always from 127.0.0.1: generous limits, unless a test sets its own (the
        // throttle's tests set tight ones).
        for (String limit : new String[] {"account-failures", "address-failures", "address-sustained-failures"}) {
            if (environment.getProperty("atrium.sign-in.throttle." + limit) == null) {
                properties.put("atrium.sign-in.throttle." + limit, "100000");
            }
        }
        // Every test provisions tenants and users, each hashing passwords: the cheapest BCrypt. application.yml
        // always holds production's 10, so a run that measures it (the provisioning benchmark) says so apart.
        properties.put("atrium.passwords.bcrypt-strength", environment.getProperty("atrium.test.bcrypt-strength", "4"));
        properties.put("atrium.demo.enabled", "false");
        // Mail goes to the run's local SMTP server, unless a test checks a deployment without mail, or its module
        // has no GreenMail (the plugins' tests, which send none).
        if (environment.getProperty("atrium.test.mail", Boolean.class, true) && TestMail.available()) {
            properties.put("spring.mail.host", "127.0.0.1");
            properties.put("spring.mail.port", Integer.toString(TestMail.port()));
            properties.put("atrium.mail.from", TestMail.FROM);
            properties.put("atrium.mail.public-url", TestMail.PUBLIC_URL);
        }
        // Test output is read by people: plain lines, and only what goes wrong.
        properties.put("logging.structured.format.console", "");
        properties.put("logging.level.root", "warn");
        properties.put("logging.level.dev.atrium.bench", "info");
        environment.getPropertySources().addFirst(new MapPropertySource("atrium-test-services", properties));
    }
}
