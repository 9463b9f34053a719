package dev.atrium.admin.operator;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.atrium.core.test.MovableClock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The operator console's form and HTTP Basic share one throttle per operator account and per client address:
 * tight limits here (3 per account, 5 per address, per 15 minutes) and a clock the tests move.
 */
@SpringBootTest(properties = {
    "atrium.sign-in.throttle.account-failures=3", "atrium.sign-in.throttle.account-window=15m",
    "atrium.sign-in.throttle.address-failures=5", "atrium.sign-in.throttle.address-window=15m"})
@AutoConfigureMockMvc
class OperatorSignInThrottleTest {

    private static final String TENANTS_API = "/admin/api/v1/tenants";
    private static final String PASSWORD = "throttled-operator-1";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @TestConfiguration
    static class MovedTime {
        @Bean
        @Primary
        MovableClock movableClock() {
            return new MovableClock();
        }
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    OperatorService operators;

    @Autowired
    MovableClock clock;

    @Autowired
    DataSource dataSource;

    /** Other tests count the operators of the shared database: leave only those that were there. */
    @AfterEach
    void removeTheseOperators() {
        new JdbcTemplate(dataSource).update("delete from operator where email like 'throttled-%@atrium.test'");
    }

    @Test
    void wrongPasswordsOnTheFormLockTheOperatorUntilTheWindowEnds() throws Exception {
        String email = newOperator();
        RequestPostProcessor client = fromNewAddress();
        for (int i = 0; i < 3; i++) {
            signIn(email, "wrong-password", client).andExpect(redirectedUrl("/admin/login?error"));
        }
        signIn(email, PASSWORD, client).andExpect(redirectedUrl("/admin/login?locked=15"));
        mvc.perform(get("/admin/login").param("locked", "15"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Too many attempts. Try again in 15 minutes.")));

        clock.advance(Duration.ofMinutes(15));
        signIn(email, PASSWORD, client).andExpect(redirectedUrl("/admin/tenants"));
    }

    @Test
    void wrongPasswordsOverHttpBasicAreAnswered429WithRetryAfterAndLockTheFormToo() throws Exception {
        String email = newOperator();
        RequestPostProcessor client = fromNewAddress();
        for (int i = 0; i < 3; i++) {
            mvc.perform(get(TENANTS_API).with(httpBasic(email, "wrong-password")).with(client))
                    .andExpect(status().isUnauthorized());
        }
        mvc.perform(get(TENANTS_API).with(httpBasic(email, PASSWORD)).with(client))
                .andExpect(status().isTooManyRequests())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(header().string("Retry-After", "900"))
                .andExpect(header().doesNotExist("WWW-Authenticate"))
                .andExpect(jsonPath("$.type").value("https://atrium.dev/problems/too-many-attempts"))
                .andExpect(jsonPath("$.detail").value("Too many attempts. Try again in 15 min."));
        signIn(email, PASSWORD, fromNewAddress()).andExpect(redirectedUrl("/admin/login?locked=15"));

        clock.advance(Duration.ofMinutes(15));
        mvc.perform(get(TENANTS_API).with(httpBasic(email, PASSWORD)).with(client))
                .andExpect(status().isOk());
    }

    @Test
    void anAddressGuessingManyOperatorsIsLockedAndTheLockoutIsRecordedWithoutATenant() throws Exception {
        String email = newOperator();
        String address = newAddress();
        for (int i = 0; i < 5; i++) {
            mvc.perform(get(TENANTS_API).with(httpBasic("guess-" + i + "-" + email, "wrong-password"))
                            .with(from(address)))
                    .andExpect(status().isUnauthorized());
        }
        mvc.perform(get(TENANTS_API).with(httpBasic(email, PASSWORD)).with(from(address)))
                .andExpect(status().isTooManyRequests());
        signIn(email, PASSWORD, from(address)).andExpect(redirectedUrl("/admin/login?locked=15"));
        Assertions.assertThat(new JdbcTemplate(dataSource).queryForObject("""
                        select count(*) from platform_sign_in_lockout
                         where way = 'OPERATOR_SIGN_IN' and scope = 'ADDRESS' and subject = ?""", Long.class,
                        address))
                .as("lockouts of the guessing address recorded").isEqualTo(1);
    }

    private ResultActions signIn(String email, String password, RequestPostProcessor client) throws Exception {
        return mvc.perform(post("/admin/login").with(csrf()).with(client)
                .param("email", email).param("password", password));
    }

    private String newOperator() {
        String email = "throttled-" + SEQUENCE.incrementAndGet() + "-" + System.nanoTime() + "@atrium.test";
        operators.ensure(email, PASSWORD);
        return email;
    }

    private static RequestPostProcessor fromNewAddress() {
        return from(newAddress());
    }

    /** Addresses of a documentation range, one per test, so tests never share an address's counter. */
    private static String newAddress() {
        return "203.0.113." + SEQUENCE.incrementAndGet();
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
