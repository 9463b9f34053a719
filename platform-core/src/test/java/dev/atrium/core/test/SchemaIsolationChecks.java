package dev.atrium.core.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The schema's side of the wall between tenants, for every table with a
 * {@code tenant_id}: forced row-level security on the tenant setting, the
 * tenant in the primary key and in every reference between tenant tables.
 * Shared by the core's tests and the assembled application's, which alone
 * sees the tables that modules' migrations add.
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
