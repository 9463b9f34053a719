package dev.atrium.core.numbering;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import dev.atrium.core.test.OrdinaryOwnerDatabase;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * V6 moves each tenant's last third-party code numbers into the numbering, on
 * a database of its own migrated by an owner that is no superuser, as in
 * production: forced row-level security binds it on the old counter.
 */
class ThirdPartyCodeCountersMigrationTest {

    @RegisterExtension
    final OrdinaryOwnerDatabase database = new OrdinaryOwnerDatabase("v6_probe");

    @Test
    void eachTenantsLastCodeNumbersBecomeItsPartySeriesCounters() {
        database.migrateCore("5");
        long acme = database.tenant("acme");
        long globex = database.tenant("globex");
        for (Object[] counter : List.of(new Object[] {acme, "C", 41}, new Object[] {acme, "S", 3},
                new Object[] {globex, "P", 7}, new Object[] {globex, "T", 2})) {
            database.asTenant((long) counter[0], jdbc -> jdbc.update(
                    "insert into third_party_code_counter (tenant_id, prefix, last_number) values (?, ?, ?)", counter));
        }

        // Up to V6, the migration under test; later ones grant to an application role this database has not.
        database.migrateCore("6");

        JdbcTemplate owner = new JdbcTemplate(database.owner());
        assertThat(owner.queryForObject("select to_regclass('third_party_code_counter') is null", Boolean.class))
                .as("the old counter is gone").isTrue();
        assertThat(countersOf(acme))
                .containsExactly(Map.of("series", "party.customer", "last_number", 41L),
                        Map.of("series", "party.supplier", "last_number", 3L));
        assertThat(countersOf(globex))
                .containsExactly(Map.of("series", "party.other", "last_number", 2L),
                        Map.of("series", "party.prospect", "last_number", 7L));
        Map<String, Object> series = database.asTenant(acme, jdbc -> jdbc.queryForMap(
                "select prefix, pattern, reset from number_series where series = 'party.customer'"));
        assertThat(series).as("today's format, C00042 next")
                .containsEntry("prefix", "C").containsEntry("pattern", "{prefix}{seq:5}").containsEntry("reset", "NEVER");
        assertThat(owner.queryForObject("select count(*) from number_series_counter", Long.class))
                .as("counters visible with no tenant bound").isZero();
    }

    private List<Map<String, Object>> countersOf(long tenant) {
        return database.asTenant(tenant, jdbc -> jdbc.queryForList(
                "select series, last_number from number_series_counter where period = '' order by series"));
    }
}
