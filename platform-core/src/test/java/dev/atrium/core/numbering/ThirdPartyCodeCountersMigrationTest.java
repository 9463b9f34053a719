package dev.atrium.core.numbering;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import dev.atrium.core.test.OrdinaryOwnerDatabase;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * V6 moves each tenant's last third-party code numbers into the numbering, on
 * a database of its own migrated by an owner that is no superuser, as in
 * production: forced row-level security binds it on the old counter.
 */
class ThirdPartyCodeCountersMigrationTest {

    @RegisterExtension
    final OrdinaryOwnerDatabase database = new OrdinaryOwnerDatabase("v6_probe");
    DataSource owner;

    @BeforeEach
    void ownersConnections() {
        owner = database.owner();
    }

    @Test
    void eachTenantsLastCodeNumbersBecomeItsPartySeriesCounters() {
        database.migrateCore("5");
        JdbcTemplate jdbc = new JdbcTemplate(owner);
        TransactionTemplate transactions = new TransactionTemplate(new DataSourceTransactionManager(owner));
        long acme = tenant(jdbc, "acme");
        long globex = tenant(jdbc, "globex");
        for (Object[] counter : List.of(new Object[] {acme, "C", 41}, new Object[] {acme, "S", 3},
                new Object[] {globex, "P", 7}, new Object[] {globex, "T", 2})) {
            transactions.executeWithoutResult(status -> {
                jdbc.queryForObject("select set_config('atrium.tenant_id', ?, true)", String.class,
                        counter[0].toString());
                jdbc.update("insert into third_party_code_counter (tenant_id, prefix, last_number) values (?, ?, ?)",
                        counter);
            });
        }

        // Up to V6, the migration under test; later ones grant to an application role this database has not.
        database.migrateCore("6");

        assertThat(admin("select to_regclass('third_party_code_counter') is null", Boolean.class))
                .as("the old counter is gone").isTrue();
        assertThat(countersOf(transactions, jdbc, acme))
                .containsExactly(Map.of("series", "party.customer", "last_number", 41L),
                        Map.of("series", "party.supplier", "last_number", 3L));
        assertThat(countersOf(transactions, jdbc, globex))
                .containsExactly(Map.of("series", "party.other", "last_number", 2L),
                        Map.of("series", "party.prospect", "last_number", 7L));
        Map<String, Object> series = transactions.execute(status -> {
            jdbc.queryForObject("select set_config('atrium.tenant_id', ?, true)", String.class, String.valueOf(acme));
            return jdbc.queryForMap("select prefix, pattern, reset from number_series where series = 'party.customer'");
        });
        assertThat(series).as("today's format, C00042 next")
                .containsEntry("prefix", "C").containsEntry("pattern", "{prefix}{seq:5}").containsEntry("reset", "NEVER");
        assertThat(jdbc.queryForObject("select count(*) from number_series_counter", Long.class))
                .as("counters visible with no tenant bound").isZero();
    }

    private List<Map<String, Object>> countersOf(TransactionTemplate transactions, JdbcTemplate jdbc, long tenant) {
        return transactions.execute(status -> {
            jdbc.queryForObject("select set_config('atrium.tenant_id', ?, true)", String.class, String.valueOf(tenant));
            return jdbc.queryForList("select series, last_number from number_series_counter where period = ''"
                    + " order by series");
        });
    }

    private long tenant(JdbcTemplate jdbc, String slug) {
        return jdbc.queryForObject("insert into tenant (slug, name, status, default_currency, locale, time_zone)"
                + " values (?, ?, 'ACTIVE', 'EUR', 'en-GB', 'Europe/Paris') returning id", Long.class, slug, slug);
    }

    private <T> T admin(String sql, Class<T> type) {
        return new JdbcTemplate(owner).queryForObject(sql, type);
    }

}
