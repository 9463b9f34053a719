package dev.atrium.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.atrium.core.test.PlatformTest;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One feature reacting to another's event through Spring Modulith's publication registry: the publication is
 * written with the publishing transaction, so a listener that fails leaves it incomplete in
 * {@code event_publication}, to be resubmitted, rather than losing the event. The listener runs on another
 * thread after the commit, so the test waits for the registry's state (never asserting how long it took).
 */
@PlatformTest
class EventPublicationRegistryTest {

    record ProbeHappened(long tenantId, String nonce) {
    }

    /** Fails as many times as it is told to, then hears the event. Read through methods: the bean is a proxy. */
    static class FlakyListener {
        private final AtomicInteger failuresLeft = new AtomicInteger();
        private final List<ProbeHappened> heard = new CopyOnWriteArrayList<>();

        public void failNext(int times) {
            failuresLeft.set(times);
            heard.clear();
        }

        public List<ProbeHappened> heard() {
            return List.copyOf(heard);
        }

        @ApplicationModuleListener
        void on(ProbeHappened event) {
            if (failuresLeft.getAndDecrement() > 0) {
                throw new IllegalStateException("the listener's collaborator is down");
            }
            heard.add(event);
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Listening {
        @Bean
        FlakyListener flakyListener() {
            return new FlakyListener();
        }
    }

    @Autowired
    FlakyListener listener;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    IncompleteEventPublications incomplete;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void reset() {
        listener.failNext(0);
    }

    @Test
    void aListenerThatFailsKeepsThePublicationIncompleteUntilItIsResubmitted() {
        ProbeHappened event = new ProbeHappened(42, UUID.randomUUID().toString());
        listener.failNext(1);

        new TransactionTemplate(transactions).executeWithoutResult(status -> events.publishEvent(event));

        settled(() -> assertThat(statusOf(event)).as("the publication the listener failed on").isEqualTo("FAILED"));
        assertThat(listener.heard()).as("what the failing listener heard").isEmpty();

        incomplete.resubmitIncompletePublications(publication -> event.equals(publication.getEvent()));

        settled(() -> assertThat(publicationsOf(event)).as("publications left once the listener succeeded")
                .isZero());
        assertThat(listener.heard()).as("what the listener heard once resubmitted").containsExactly(event);
    }

    @Test
    void aListenerThatSucceedsLeavesNoPublicationBehind() {
        ProbeHappened event = new ProbeHappened(43, UUID.randomUUID().toString());

        new TransactionTemplate(transactions).executeWithoutResult(status -> events.publishEvent(event));

        settled(() -> assertThat(listener.heard()).as("what the listener heard").containsExactly(event));
        settled(() -> assertThat(publicationsOf(event)).as("publications left (completed ones are deleted)")
                .isZero());
    }

    @Test
    void anEventOfARolledBackTransactionIsNeitherHeardNorKept() {
        ProbeHappened event = new ProbeHappened(44, UUID.randomUUID().toString());

        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            events.publishEvent(event);
            status.setRollbackOnly();
        });

        assertThat(listener.heard()).as("what the listener heard of a rolled back change").isEmpty();
        assertThat(publicationsOf(event)).as("publications of a rolled back change").isZero();
    }

    /** Waits for the listener's thread to have left the registry in the asserted state. */
    private static void settled(org.awaitility.core.ThrowingRunnable assertion) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50)).untilAsserted(assertion);
    }

    private String statusOf(ProbeHappened event) {
        return jdbc.query("select status from event_publication where serialized_event like ?",
                rs -> rs.next() ? rs.getString(1) : null, "%" + event.nonce() + "%");
    }

    private int publicationsOf(ProbeHappened event) {
        return jdbc.queryForObject("select count(*) from event_publication where serialized_event like ?",
                Integer.class, "%" + event.nonce() + "%");
    }
}
