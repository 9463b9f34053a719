package dev.atrium.core.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The schema's side of the wall between tenants, for every table with a
 * {@code tenant_id}: forced row-level security on the tenant setting, the
 * tenant in the primary key and in every reference between tenant tables.
 * Shared by the core's tests and the assembled application's, which alone
 * sees the tables that modules' migrations add. And what the application role
 * may do on every table, which the migration that creates the table grants.
 */
public final class SchemaIsolationChecks {

    private final JdbcTemplate owner;

    /** {@code ownerDataSource}: the catalog is read as the role that owns the tables. */
    public SchemaIsolationChecks(DataSource ownerDataSource) {
        this.owner = new JdbcTemplate(ownerDataSource);
    }

    /** Every table with a tenant_id column, whatever its row-level security says. */
    public List<String> tenantTables() {
        return owner.queryForList("""
                select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
                 where n.nspname = 'public' and c.relkind = 'r'
                   and exists (select 1 from pg_attribute a where a.attrelid = c.oid and a.attname = 'tenant_id')
                 order by c.relname
                """, String.class);
    }

    /**
     * Privileges the application role deliberately does not hold: audits are written once and never changed;
     * accounts, tokens, number series and module registry rows are kept, never deleted (they go with their
     * tenant, by the foreign keys' cascade, which runs as the owner). Any other table grants select, insert,
     * update and delete; a migration that withholds one on purpose names its table here.
     */
    public static final Map<String, Set<String>> WITHHELD = Map.ofEntries(
            // A tenant is closed, then purged by the owner role; a party is archived, never deleted.
            Map.entry("tenant", Set.of("DELETE")),
            // Which built-in roles hold a core right by default is the migrations' to say.
            Map.entry("core_right_default", Set.of("INSERT", "UPDATE", "DELETE")),
            Map.entry("third_party", Set.of("DELETE")),
            // An invoice is abandoned, never deleted: its number or provisional reference stays findable.
            Map.entry("invoice", Set.of("DELETE")),
            // A product is deactivated, never deleted: documents refer to it.
            Map.entry("product", Set.of("DELETE")),
            // The purge's audit is the owner's to write.
            Map.entry("tenant_purge", Set.of("INSERT", "UPDATE", "DELETE")),
            // A party's trigrams are replaced (deleted and written again), never changed in place.
            Map.entry("third_party_search_trigram", Set.of("UPDATE")),
            Map.entry("app_user", Set.of("DELETE")),
            Map.entry("api_token", Set.of("DELETE")),
            Map.entry("number_series", Set.of("DELETE")),
            Map.entry("number_series_counter", Set.of("DELETE")),
            Map.entry("sign_in_lockout", Set.of("UPDATE", "DELETE")),
            Map.entry("platform_sign_in_lockout", Set.of("UPDATE", "DELETE")),
            Map.entry("tenant_module", Set.of("DELETE")),
            Map.entry("tenant_module_setting", Set.of("DELETE")),
            // A company's settings are upserted; they go only with their tenant.
            Map.entry("company_settings", Set.of("DELETE")),
            Map.entry("module_permission_grant", Set.of("DELETE")),
            Map.entry("module_activation_audit", Set.of("UPDATE", "DELETE")),
            Map.entry("record_history", Set.of("UPDATE", "DELETE")),
            // A record's tags are replaced (deleted and written again), never changed in place.
            Map.entry("tag_assignment", Set.of("UPDATE")),
            // A link between two documents is made and kept; it goes only with its tenant.
            Map.entry("document_link", Set.of("UPDATE", "DELETE")),
            // A module's call for a draft invoice is kept as long as its invoice.
            Map.entry("invoice_draft_request", Set.of("DELETE")),
            // The contracts module: contracts are registered and follow their customer's name.
            Map.entry("contract", Set.of("DELETE")),
            Map.entry("contract_line", Set.of("DELETE")));

    private static final List<String> WRITES = List.of("INSERT", "UPDATE", "DELETE");

    /**
     * The application role holds on every table of the schema what the application needs: select, insert,
     * update and delete, less what {@link #WITHHELD} names; on Flyway's history tables select alone; never
     * truncate, references or trigger; usage on every sequence. A table whose migration forgot its grant fails
     * here by name.
     */
    public void assertTheApplicationRoleHoldsWhatEveryTableNeeds(String applicationRole) {
        List<String> wrong = new ArrayList<>();
        List<String> tables = owner.queryForList("""
                select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
                 where n.nspname = 'public' and c.relkind in ('r', 'p') order by c.relname
                """, String.class);
        assertThat(tables).as("tables in the schema").contains("tenant", "third_party", "flyway_history_core");
        for (String table : tables) {
            Set<String> withheld = table.startsWith("flyway_history_") ? Set.copyOf(WRITES)
                    : WITHHELD.getOrDefault(table, Set.of());
            List<String> needed = new ArrayList<>(List.of("SELECT"));
            WRITES.stream().filter(privilege -> !withheld.contains(privilege)).forEach(needed::add);
            List<String> held = owner.queryForList("""
                    select p.privilege from unnest(array['SELECT', 'INSERT', 'UPDATE', 'DELETE', 'TRUNCATE',
                                                         'REFERENCES', 'TRIGGER']) with ordinality p(privilege, n)
                     where has_table_privilege(?, format('public.%I', ?::text), p.privilege) order by p.n
                    """, String.class, applicationRole, table);
            if (!held.equals(needed)) {
                wrong.add(table + ": holds " + held + ", needs " + needed);
            }
        }
        for (String sequence : owner.queryForList(
                "select sequence_name from information_schema.sequences where sequence_schema = 'public'",
                String.class)) {
            if (!Boolean.TRUE.equals(owner.queryForObject("select has_sequence_privilege(?, format('public.%I', ?::text),"
                    + " 'USAGE')", Boolean.class, applicationRole, sequence))) {
                wrong.add("sequence " + sequence + ": no USAGE");
            }
        }
        assertThat(wrong).as("tables and sequences on which the application role %s holds other than what it needs "
                + "(the migration that creates a table grants it; one that withholds a privilege on purpose is "
                + "named in SchemaIsolationChecks.WITHHELD)", applicationRole).isEmpty();
    }

    public void assertEveryTenantTableForcesRowLevelSecurityOnTheTenantSetting() {
        List<Map<String, Object>> tables = owner.queryForList("""
                select c.relname as name, c.relrowsecurity as enabled, c.relforcerowsecurity as forced,
                       (select count(*) from pg_policy p where p.polrelid = c.oid
                          and pg_get_expr(p.polqual, p.polrelid) like '%atrium.tenant_id%'
                          and pg_get_expr(p.polwithcheck, p.polrelid) like '%atrium.tenant_id%') as policies
                  from pg_class c join pg_namespace n on n.oid = c.relnamespace
                 where n.nspname = 'public' and c.relkind = 'r'
                   and exists (select 1 from pg_attribute a where a.attrelid = c.oid and a.attname = 'tenant_id')
                """);
        assertThat(tables).extracting(table -> table.get("name")).as("tenant tables in the schema")
                .contains("third_party", "app_user", "api_token");
        for (Map<String, Object> table : tables) {
            assertThat(table.get("enabled")).as("row-level security enabled on %s", table.get("name")).isEqualTo(true);
            assertThat(table.get("forced")).as("row-level security forced on %s", table.get("name")).isEqualTo(true);
            assertThat((Long) table.get("policies")).as("tenant policy (using + with check) on %s", table.get("name"))
                    .isPositive();
        }
    }

    public void assertEveryTenantTableIsKeyedAndReferencedByTenant() {
        List<String> primaryKeysWithoutTenant = owner.queryForList("""
                select c.conrelid::regclass::text from pg_constraint c
                 where c.contype = 'p' and c.connamespace = 'public'::regnamespace
                   and exists (select 1 from pg_attribute a where a.attrelid = c.conrelid and a.attname = 'tenant_id')
                   and not exists (select 1 from unnest(c.conkey) k join pg_attribute a
                                    on a.attrelid = c.conrelid and a.attnum = k where a.attname = 'tenant_id')
                """, String.class);
        assertThat(primaryKeysWithoutTenant).as("tenant tables whose primary key lacks tenant_id").isEmpty();

        List<String> tablesWithoutPrimaryKey = owner.queryForList("""
                select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
                 where n.nspname = 'public' and c.relkind = 'r'
                   and exists (select 1 from pg_attribute a where a.attrelid = c.oid and a.attname = 'tenant_id')
                   and not exists (select 1 from pg_constraint p where p.conrelid = c.oid and p.contype = 'p')
                """, String.class);
        assertThat(tablesWithoutPrimaryKey).as("tenant tables without a primary key").isEmpty();

        List<String> foreignKeysWithoutTenant = owner.queryForList("""
                select c.conname from pg_constraint c
                 where c.contype = 'f' and c.connamespace = 'public'::regnamespace
                   and exists (select 1 from pg_attribute a where a.attrelid = c.confrelid and a.attname = 'tenant_id')
                   and c.confrelid <> 'tenant'::regclass
                   and not exists (select 1 from unnest(c.conkey) k join pg_attribute a
                                    on a.attrelid = c.conrelid and a.attnum = k where a.attname = 'tenant_id')
                """, String.class);
        assertThat(foreignKeysWithoutTenant).as("references between tenant tables that do not include tenant_id")
                .isEmpty();
    }
}
