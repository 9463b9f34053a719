package dev.atrium.core.identity.throttle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.atrium.core.tenancy.TenantSessions;
import dev.atrium.core.test.MovableClock;
import dev.atrium.core.test.TestTenant;
import dev.atrium.core.test.TestTenants;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tight limits of its own (3 failures per account, 5 per address, per 15 minutes) and a clock the tests move,
 * so a window passes without waiting. Each test comes from its own client address.
 */
@SpringBootTest(properties = {
    "atrium.sign-in.throttle.account-failures=3", "atrium.sign-in.throttle.account-window=15m",
    "atrium.sign-in.throttle.address-failures=5", "atrium.sign-in.throttle.address-window=15m",
    "atrium.sign-in.throttle.address-sustained-failures=50", "atrium.sign-in.throttle.address-sustained-window=24h"})
// Isolated: it moves its clock and counts lockouts over every tenant.
@Isolated
@AutoConfigureMockMvc
class SignInThrottleTest {

    private static final AtomicInteger ADDRESSES = new AtomicInteger();
    private static final String TOO_MANY_ATTEMPTS = "https://atrium.dev/problems/too-many-attempts";

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
    TestTenants tenants;

    @Autowired
    MovableClock clock;

    @Autowired
    DataSource dataSource;

    @Test
    void wrongPasswordsLockTheAccountAndEvenTheRightOneIsRefusedUntilTheWindowEnds() throws Exception {
        TestTenant acme = tenants.create("Acme");
        RequestPostProcessor client = fromNewAddress();
        for (int i = 0; i < 3; i++) {
            signIn(acme, acme.owner().email(), "wrong-password", client)
                    .andExpect(redirectedUrl(login(acme) + "?error"));
        }
        signIn(acme, acme.owner().email(), TestTenant.PASSWORD, client)
                .andExpect(redirectedUrl(login(acme) + "?locked=15"));
        mvc.perform(get(login(acme)).param("locked", "15"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Too many attempts. Try again in 15 minutes.")));
        mvc.perform(get(login(acme)).param("locked", "1"))
                .andExpect(content().string(containsString("Too many attempts. Try again in 1 minute.")));

        clock.advance(Duration.ofMinutes(10));
        signIn(acme, acme.owner().email(), TestTenant.PASSWORD, fromNewAddress())
                .andExpect(redirectedUrl(login(acme) + "?locked=5"));

        clock.advance(Duration.ofMinutes(5));
        signIn(acme, acme.owner().email(), TestTenant.PASSWORD, client)
                .andExpect(redirectedUrl(home(acme)));
    }

    @Test
    void whereTheOwnerSignedInBeforeFailuresFromElsewhereNeverLockThemOutButGuessingThereIsStillLimited()
            throws Exception {
        TestTenant acme = tenants.create("Acme");
        RequestPostProcessor office = fromNewAddress();
        signIn(acme, acme.owner().email(), TestTenant.PASSWORD, office).andExpect(redirectedUrl(home(acme)));
        RequestPostProcessor guesser = fromNewAddress();
        for (int i = 0; i < 3; i++) {
            signIn(acme, acme.owner().email(), "wrong-password", guesser);
        }
        signIn(acme, acme.owner().email(), TestTenant.PASSWORD, guesser)
                .andExpect(redirectedUrl(login(acme) + "?locked=15"));

        signIn(acme, acme.owner().email(), TestTenant.PASSWORD, office).andExpect(redirectedUrl(home(acme)));
        for (int i = 0; i < 3; i++) {
            signIn(acme, acme.owner().email(), "wrong-password", office)
                    .andExpect(redirectedUrl(login(acme) + "?error"));
        }
        signIn(acme, acme.owner().email(), TestTenant.PASSWORD, office)
                .andExpect(redirectedUrl(login(acme) + "?locked=15"));
    }

    @Test
    void theAccountCounterIgnoresTheCaseOfTheEmail() throws Exception {
        TestTenant acme = tenants.create("Acme");
        RequestPostProcessor client = fromNewAddress();
        for (String email : new String[] {acme.owner().email(), acme.owner().email().toUpperCase(),
            " " + acme.owner().email()}) {
            signIn(acme, email, "wrong-password", client).andExpect(redirectedUrl(login(acme) + "?error"));
        }
        signIn(acme, acme.owner().email(), TestTenant.PASSWORD, client)
                .andExpect(redirectedUrl(login(acme) + "?locked=15"));
    }

    @Test
    void anotherAccountOnTheSameAddressHasItsOwnCounterButTheAddressLimitStillApplies() throws Exception {
        TestTenant acme = tenants.create("Acme");
        TestTenant globex = tenants.create("Globex");
        RequestPostProcessor client = fromNewAddress();
        for (int i = 0; i < 3; i++) {
            signIn(acme, acme.owner().email(), "wrong-password", client);
        }
        signIn(acme, acme.member().email(), "wrong-password", client)
                .andExpect(redirectedUrl(login(acme) + "?error"));
        signIn(acme, acme.member().email(), TestTenant.PASSWORD, client)
                .andExpect(redirectedUrl(home(acme)));

        signIn(acme, acme.member().email(), "wrong-password", client)
                .andExpect(redirectedUrl(login(acme) + "?error"));
        signIn(globex, globex.owner().email(), TestTenant.PASSWORD, client)
                .andExpect(redirectedUrl(login(globex) + "?locked=15"));
        signIn(globex, globex.owner().email(), TestTenant.PASSWORD, fromNewAddress())
                .andExpect(redirectedUrl(home(globex)));
    }

    @Test
    void anAccountThatDoesNotExistIsLockedTheSameWaySoTheAnswerTellsNothing() throws Exception {
        TestTenant acme = tenants.create("Acme");
        RequestPostProcessor client = fromNewAddress();
        for (int i = 0; i < 3; i++) {
            signIn(acme, "nobody@" + acme.slug() + ".test", "wrong-password", client)
                    .andExpect(redirectedUrl(login(acme) + "?error"));
        }
        signIn(acme, "nobody@" + acme.slug() + ".test", "wrong-password", client)
                .andExpect(redirectedUrl(login(acme) + "?locked=15"));
    }

    @Test
    void eachLockoutIsRecordedOnceInTheTenantsOwnRecordHiddenFromOtherTenants() throws Exception {
        TestTenant acme = tenants.create("Acme");
        TestTenant globex = tenants.create("Globex");
        RequestPostProcessor client = fromNewAddress();
        for (int i = 0; i < 6; i++) {
            signIn(acme, acme.owner().email(), "wrong-password", client);
        }
        assertThat(lockoutsSeenBy(acme.id(), acme.owner().email()))
                .as("lockouts of the owner's account recorded for Acme (the refused attempts start none)")
                .isEqualTo(1);
        assertThat(lockoutsSeenBy(globex.id(), acme.owner().email()))
                .as("Acme's lockouts visible to Globex").isZero();
        assertThat(new JdbcTemplate(dataSource).queryForObject(
                "select count(*) from sign_in_lockout", Long.class))
                .as("lockouts visible with no tenant bound").isZero();
    }

    @Test
    void anAddressThatKeepsFailingIsLockedOnEveryAccountAndRecordedAsAPlatformEvent() throws Exception {
        TestTenant acme = tenants.create("Acme");
        String address = newAddress();
        for (int i = 0; i < 5; i++) {
            signIn(acme, "guess-" + i + "@" + acme.slug() + ".test", "wrong-password", from(address))
                    .andExpect(redirectedUrl(login(acme) + "?error"));
        }
        signIn(acme, acme.owner().email(), TestTenant.PASSWORD, from(address))
                .andExpect(redirectedUrl(login(acme) + "?locked=15"));
        assertThat(new JdbcTemplate(dataSource).queryForObject("""
                select count(*) from platform_sign_in_lockout
                 where way = 'TENANT_SIGN_IN' and scope = 'ADDRESS' and subject = ?""", Long.class, address))
                .as("address lockouts recorded").isEqualTo(1);
    }

    @Test
    void wrongApiTokensLockTheAddressWithA429ProblemThatSaysWhenToRetry() throws Exception {
        TestTenant acme = tenants.create("Acme");
        RequestPostProcessor client = fromNewAddress();
        for (int i = 0; i < 5; i++) {
            mvc.perform(get("/api/v1/me/tokens").header("Authorization", "Bearer atr_not-a-token-" + i).with(client))
                    .andExpect(status().isUnauthorized())
                    .andExpect(jsonPath("$.type").value("https://atrium.dev/problems/invalid-token"));
        }
        mvc.perform(get("/api/v1/me/tokens").header("Authorization", acme.bearer()).with(client))
                .andExpect(status().isTooManyRequests())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(header().string("Retry-After", "900"))
                .andExpect(jsonPath("$.type").value(TOO_MANY_ATTEMPTS))
                .andExpect(jsonPath("$.status").value(429))
                .andExpect(jsonPath("$.detail").value("Too many attempts. Try again in 15 min."))
                .andExpect(jsonPath("$.retryAfterSeconds").value(900));
        mvc.perform(get("/api/v1/me/tokens").header("Authorization", acme.bearer()).with(fromNewAddress()))
                .andExpect(status().isOk());

        clock.advance(Duration.ofMinutes(15));
        mvc.perform(get("/api/v1/me/tokens").header("Authorization", acme.bearer()).with(client))
                .andExpect(status().isOk());
    }

    @Test
    void aGoodApiTokenCountsNoFailure() throws Exception {
        TestTenant acme = tenants.create("Acme");
        RequestPostProcessor client = fromNewAddress();
        for (int i = 0; i < 8; i++) {
            mvc.perform(get("/api/v1/me/tokens").header("Authorization", acme.bearer()).with(client))
                    .andExpect(status().isOk());
        }
    }

    @Test
    void aForgedLockedParameterShowsNoMessage() throws Exception {
        TestTenant acme = tenants.create("Acme");
        mvc.perform(get(login(acme)).param("locked", "<script>"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Too many attempts"))));
    }

    private long lockoutsSeenBy(long tenantId, String email) {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        return new TransactionTemplate(new DataSourceTransactionManager(dataSource)).execute(status -> {
            TenantSessions.bind(jdbc, tenantId);
            return jdbc.queryForObject("select count(*) from sign_in_lockout where email = ?", Long.class, email);
        });
    }

    private org.springframework.test.web.servlet.ResultActions signIn(TestTenant tenant, String email,
            String password, RequestPostProcessor client) throws Exception {
        return mvc.perform(post(login(tenant)).with(csrf()).with(client)
                .param("email", email).param("password", password));
    }

    private static String login(TestTenant tenant) {
        return "/t/" + tenant.slug() + "/login";
    }

    private static String home(TestTenant tenant) {
        return "/t/" + tenant.slug() + "/";
    }

    private static RequestPostProcessor fromNewAddress() {
        return from(newAddress());
    }

    /** Addresses of a documentation range, unique per test, so tests never share an address's counter. */
    private static String newAddress() {
        int n = ADDRESSES.incrementAndGet();
        return "198.51." + (n / 250) + "." + (n % 250 + 1);
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
