package dev.atrium.core.identity.user;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atrium.core.identity.user.PasswordLinks.Purpose;
import dev.atrium.core.test.MovableClock;
import dev.atrium.core.test.PlatformTest;
import dev.atrium.core.test.TestTenant;
import dev.atrium.core.test.TestTenants;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@PlatformTest
class PasswordLinksTest {

    @Autowired
    TestTenants tenants;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    UserService users;

    @Autowired
    PasswordLinks links;

    private final MovableClock clock = new MovableClock();

    @Test
    void aLinkIsUsedOnceForItsOwnPurpose() {
        TestTenant acme = tenants.create("Acme");
        PasswordLinks links = new PasswordLinks(jdbc, clock);
        String secret = inTransaction(() -> links.issue(acme.id(), acme.member().userId(), Purpose.RESET));

        assertThat(inTransaction(() -> links.consume(acme.id(), secret, Purpose.INVITATION)))
                .as("a reset link is no invitation").isEmpty();
        assertThat(inTransaction(() -> links.valid(acme.id(), secret, Purpose.RESET))).isTrue();
        assertThat(inTransaction(() -> links.consume(acme.id(), secret, Purpose.RESET)))
                .contains(acme.member().userId());
        assertThat(inTransaction(() -> links.consume(acme.id(), secret, Purpose.RESET)))
                .as("a used link is refused").isEmpty();
    }

    @Test
    void anExpiredLinkIsRefused() {
        TestTenant acme = tenants.create("Acme");
        PasswordLinks links = new PasswordLinks(jdbc, clock);
        String reset = inTransaction(() -> links.issue(acme.id(), acme.member().userId(), Purpose.RESET));
        String invitation = inTransaction(() -> links.issue(acme.id(), acme.owner().userId(), Purpose.INVITATION));

        clock.advance(Duration.ofMinutes(61));

        assertThat(inTransaction(() -> links.consume(acme.id(), reset, Purpose.RESET)))
                .as("a reset link lasts an hour").isEmpty();
        assertThat(inTransaction(() -> links.valid(acme.id(), invitation, Purpose.INVITATION)))
                .as("an invitation lasts longer than an hour").isTrue();
        clock.advance(Duration.ofHours(72));
        assertThat(inTransaction(() -> links.consume(acme.id(), invitation, Purpose.INVITATION)))
                .as("an invitation lasts 72 hours").isEmpty();
    }

    @Test
    void aNewerLinkRevokesTheOlderOne() {
        TestTenant acme = tenants.create("Acme");
        PasswordLinks links = new PasswordLinks(jdbc, clock);
        String older = inTransaction(() -> links.issue(acme.id(), acme.member().userId(), Purpose.RESET));
        String newer = inTransaction(() -> links.issue(acme.id(), acme.member().userId(), Purpose.RESET));

        assertThat(inTransaction(() -> links.consume(acme.id(), older, Purpose.RESET))).isEmpty();
        assertThat(inTransaction(() -> links.consume(acme.id(), newer, Purpose.RESET)))
                .contains(acme.member().userId());
    }

    @Test
    void changingThePasswordRevokesTheUsersLinks() {
        TestTenant acme = tenants.create("Acme");
        String secret = inTransaction(() -> this.links.issue(acme.id(), acme.member().userId(), Purpose.RESET));

        users.setPassword(acme.owner(), acme.member().userId(), "another-long-password-9");

        assertThat(inTransaction(() -> links.consume(acme.id(), secret, Purpose.RESET))).isEmpty();
    }

    @Test
    void aLinkOfOneTenantOnAnothersFindsNothing() {
        TestTenant acme = tenants.create("Acme");
        TestTenant globex = tenants.create("Globex");
        PasswordLinks links = new PasswordLinks(jdbc, clock);
        String secret = inTransaction(() -> links.issue(acme.id(), acme.member().userId(), Purpose.RESET));

        assertThat(inTransaction(() -> links.consume(globex.id(), secret, Purpose.RESET))).isEmpty();
        assertThat(inTransaction(() -> links.consume(acme.id(), secret, Purpose.RESET)))
                .as("the link still works on its own tenant").contains(acme.member().userId());
    }

    @Test
    void somethingNotShapedLikeALinkIsRefusedWithoutALookup() {
        TestTenant acme = tenants.create("Acme");
        PasswordLinks links = new PasswordLinks(jdbc, clock);

        Optional<Long> found = inTransaction(() -> links.consume(acme.id(), "' or 1=1 --", Purpose.RESET));

        assertThat(found).isEmpty();
    }

    private <T> T inTransaction(Supplier<T> work) {
        return new TransactionTemplate(transactions).execute(status -> work.get());
    }
}
