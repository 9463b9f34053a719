package dev.atrium.core.tenant;

import dev.atrium.plugin.problem.ProblemException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Removes every row of one tenant from every tenant table, the core's and the modules', in one transaction
 * as the owner role. The tables are read from the catalog (every table with a {@code tenant_id} column), so
 * a module's tables go too without the core naming them; children are deleted before the tables they refer
 * to, so no foreign key has to cascade.
 */
@Component
class TenantPurge {

    private static final String TENANT_TABLES = """
            select c.relname
              from pg_class c
              join pg_namespace n on n.oid = c.relnamespace
              join pg_attribute a on a.attrelid = c.oid
             where n.nspname = current_schema() and c.relkind in ('r', 'p') and not c.relispartition
               and a.attname = 'tenant_id' and not a.attisdropped
            """;
    private static final String REFERENCES = """
            select child.relname as child, parent.relname as parent
              from pg_constraint f
              join pg_class child on child.oid = f.conrelid
              join pg_class parent on parent.oid = f.confrelid
              join pg_namespace n on n.oid = child.relnamespace
             where f.contype = 'f' and n.nspname = current_schema() and child.oid <> parent.oid
               and not f.condeferrable
            """;

    private final ObjectProvider<DataSource> ownerDataSource;

    // The owner's pool exists only on nodes given its credentials (DatabaseConfiguration's "ownerDataSource").
    TenantPurge(@Qualifier("ownerDataSource") ObjectProvider<DataSource> ownerDataSource) {
        this.ownerDataSource = ownerDataSource;
    }

    PurgedTenant purge(TenantSummary tenant, String purgedBy, Instant now) {
        DataSource owner = ownerDataSource.getIfAvailable();
        if (owner == null) {
            throw new ProblemException(503, "purge-needs-owner", "Purge needs the owner role",
                    "Purging deletes rows of every table, which only the owner role may do; this node does not "
                            + "hold the owner's credentials. Purge from a node given ATRIUM_DB_OWNER_USER.");
        }
        JdbcTemplate jdbc = new JdbcTemplate(owner);
        return new TransactionTemplate(new DataSourceTransactionManager(owner)).execute(status -> {
            // Row-level security is forced on every tenant table, the owner included: bind the tenant purged.
            jdbc.queryForObject("select set_config('atrium.tenant_id', ?, true)", String.class,
                    Long.toString(tenant.id()));
            // A deferrable reference (a proposal's to the order it became, which names the proposal back) is
            // checked at commit, once both sides are gone; the others give the order of the deletes.
            jdbc.execute("set constraints all deferred");
            long rows = 0;
            for (String table : childrenFirst(jdbc)) {
                rows += jdbc.update("delete from " + quote(table) + " where tenant_id = ?", tenant.id());
            }
            // Publications not yet completed may carry the tenant's data in their payload.
            rows += jdbc.update("delete from event_publication where serialized_event like '{%' "
                    + "and (serialized_event::jsonb ->> 'tenantId') = ?", Long.toString(tenant.id()));
            rows += jdbc.update("delete from tenant where id = ?", tenant.id());
            jdbc.update("""
                    insert into tenant_purge (purged_tenant_id, slug, closed_at, retained_until, purged_by, purged_at,
                                              rows_deleted)
                    values (?, ?, ?, ?, ?, ?, ?)
                    """, tenant.id(), tenant.slug(), Timestamp.from(tenant.closedAt()), tenant.retainedUntil(),
                    purgedBy, Timestamp.from(now), rows);
            return new PurgedTenant(tenant.id(), tenant.slug(), purgedBy, now, rows);
        });
    }

    /** Every tenant table, each after all the tables that refer to it by a reference checked at once. */
    static List<String> childrenFirst(JdbcTemplate jdbc) {
        Set<String> tables = new LinkedHashSet<>(jdbc.queryForList(TENANT_TABLES + " order by c.relname", String.class));
        Map<String, Set<String>> referencedBy = new HashMap<>();
        jdbc.query(REFERENCES, rs -> {
            String child = rs.getString("child");
            String parent = rs.getString("parent");
            if (tables.contains(child) && tables.contains(parent)) {
                referencedBy.computeIfAbsent(parent, key -> new HashSet<>()).add(child);
            }
        });
        List<String> order = new ArrayList<>();
        Set<String> left = new LinkedHashSet<>(tables);
        while (!left.isEmpty()) {
            List<String> free = left.stream()
                    .filter(table -> referencedBy.getOrDefault(table, Set.of()).stream().noneMatch(left::contains))
                    .toList();
            if (free.isEmpty()) {
                throw new IllegalStateException("Tenant tables refer to each other in a cycle: " + left);
            }
            order.addAll(free);
            free.forEach(left::remove);
        }
        return order;
    }

    private static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}
