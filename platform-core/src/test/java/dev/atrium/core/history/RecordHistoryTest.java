package dev.atrium.core.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.atrium.core.tenancy.TenantContext;
import dev.atrium.core.test.PlatformTest;
import dev.atrium.core.test.TestTenant;
import dev.atrium.core.test.TestTenants;
import dev.atrium.plugin.history.FieldChange;
import dev.atrium.plugin.history.HistoryEntry;
import dev.atrium.plugin.history.RecordHistory;
import dev.atrium.plugin.list.ListPage;
import dev.atrium.plugin.problem.ProblemException;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@PlatformTest
class RecordHistoryTest {

    static final String TYPE = "probe";

    @Autowired
    RecordHistory history;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    DataSource dataSource;

    @Autowired
    TestTenants tenants;

    TestTenant acme;
    TransactionTemplate transactions;

    @BeforeEach
    void signIn() {
        acme = tenants.create("History");
        transactions = new TransactionTemplate(transactionManager);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(acme.owner(), null, List.of()));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void entriesAreWrittenWithTheUserAndComeBackNewestFirst() {
        inTransaction(acme, () -> {
            history.created(TYPE, 7);
            history.changed(TYPE, 7, Map.of("Email", "a@x.test"), Map.of("Email", "b@x.test"));
            history.note(TYPE, 7, "  Called them  ");
        });

        List<HistoryEntry> entries = timeline(acme, 7, null, 10).items();
        assertThat(entries).extracting(HistoryEntry::kind).as("newest first")
                .containsExactly(HistoryEntry.Kind.NOTE, HistoryEntry.Kind.CHANGED, HistoryEntry.Kind.CREATED);
        assertThat(entries.get(0).note()).isEqualTo("Called them");
        assertThat(entries.get(1).changes()).containsExactly(new FieldChange("Email", "a@x.test", "b@x.test"));
        assertThat(entries).allSatisfy(entry -> {
            assertThat(entry.actorUserId()).as("who").isEqualTo(acme.owner().userId());
            assertThat(entry.actorName()).as("their name at the time").isEqualTo(acme.owner().displayName());
        });
        assertThat(timeline(acme, 8, null, 10).items()).as("another record's timeline").isEmpty();
    }

    @Test
    void aRolledBackChangeLeavesNoEntry() {
        assertThatThrownBy(() -> inTransaction(acme, () -> {
            history.created(TYPE, 9);
            throw new IllegalStateException("the change fails after its history was written");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(timeline(acme, 9, null, 10).items()).as("history of a rolled-back change").isEmpty();
    }

    @Test
    void anUnchangedSnapshotWritesNothing() {
        inTransaction(acme, () -> history.changed(TYPE, 10, Map.of("Name", "Acme"), Map.of("Name", "Acme")));

        assertThat(timeline(acme, 10, null, 10).items()).as("entries for no change").isEmpty();
    }

    @Test
    void writingOutsideATransactionIsRefused() {
        assertThatThrownBy(() -> TenantContext.runAs(acme.id(), () -> history.created(TYPE, 11)))
                .isInstanceOf(IllegalTransactionStateException.class);
    }

    @Test
    void aBlankOrTooLongNoteIsA400NamingText() {
        for (String text : List.of("   ", "x".repeat(RecordHistory.MAX_NOTE + 1), "nul\0")) {
            assertThatThrownBy(() -> inTransaction(acme, () -> history.note(TYPE, 12, text)))
                    .as("note of %d characters", text.length())
                    .isInstanceOfSatisfying(ProblemException.class, problem -> {
                        assertThat(problem.status()).isEqualTo(400);
                        assertThat(problem.getMessage()).as("the field named").contains("text");
                    });
        }
        inTransaction(acme, () -> history.note(TYPE, 12, "x".repeat(RecordHistory.MAX_NOTE)));
        assertThat(timeline(acme, 12, null, 10).items()).as("the longest note is kept").hasSize(1);
    }

    @Test
    void theTimelinePagesOnWithItsNextCursor() {
        inTransaction(acme, () -> {
            for (int i = 1; i <= 3; i++) {
                history.note(TYPE, 13, "note " + i);
            }
        });

        ListPage<HistoryEntry> first = timeline(acme, 13, null, 2);
        assertThat(first.items()).extracting(HistoryEntry::note).containsExactly("note 3", "note 2");
        assertThat(first.hasNext()).isTrue();
        ListPage<HistoryEntry> second = timeline(acme, 13, first.next(), 2);
        assertThat(second.items()).extracting(HistoryEntry::note).containsExactly("note 1");
        assertThat(second.hasNext()).isFalse();
        assertThatThrownBy(() -> timeline(acme, 13, "garbage", 2)).as("a forged cursor")
                .isInstanceOf(ProblemException.class);
    }

    @Test
    void anotherTenantSeesNoneOfTheHistoryNeitherThroughTheServiceNorARawQuery() {
        inTransaction(acme, () -> history.note(TYPE, 14, "Acme's secret"));
        TestTenant other = tenants.create("Other history");

        assertThat(timeline(other, 14, null, 10).items()).as("B's timeline of A's record id").isEmpty();
        JdbcTemplate app = new JdbcTemplate(dataSource);
        Long seen = new TransactionTemplate(new DataSourceTransactionManager(dataSource)).execute(status -> {
            app.queryForObject("select set_config('atrium.tenant_id', ?, true)", String.class,
                    Long.toString(other.id()));
            return app.queryForObject("select count(*) from record_history where record_id = 14", Long.class);
        });
        assertThat(seen).as("record_history rows B's raw query sees").isZero();
        assertThat(timeline(acme, 14, null, 10).items()).as("A still sees its own").hasSize(1);
    }

    private void inTransaction(TestTenant tenant, Runnable work) {
        TenantContext.runAs(tenant.id(), () -> transactions.executeWithoutResult(status -> work.run()));
    }

    private ListPage<HistoryEntry> timeline(TestTenant tenant, long recordId, String after, int size) {
        return TenantContext.callAs(tenant.id(), () -> history.timeline(TYPE, recordId, after, size));
    }
}
