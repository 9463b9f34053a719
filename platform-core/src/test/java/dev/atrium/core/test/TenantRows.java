package dev.atrium.core.test;

import dev.atrium.core.tenancy.TenantSessions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A tenant's rows of some tables, read as the owner role with the tenant bound
 * (forced row-level security binds the owner too), past every application
 * cache: what {@link IsolationFixture#assertUnchanged} compares.
 */
@Component
public class TenantRows {

    private final ObjectProvider<DataSource> ownerDataSource;

    /** Asked for on use: a node started without the owner's credentials has no owner pool, and still starts. */
    TenantRows(@Qualifier("ownerDataSource") ObjectProvider<DataSource> ownerDataSource) {
        this.ownerDataSource = ownerDataSource;
    }

    /** Every row of each table for the tenant, in a stable order, each as column → value. */
    public Map<String, List<Map<String, Object>>> snapshot(TestTenant tenant, String... tables) {
        DataSource dataSource = ownerDataSource.getObject();
        JdbcTemplate owner = new JdbcTemplate(dataSource);
        return new TransactionTemplate(new DataSourceTransactionManager(dataSource)).execute(status -> {
            TenantSessions.bind(owner, tenant.id());
            Map<String, List<Map<String, Object>>> snapshot = new LinkedHashMap<>();
            for (String table : tables) {
                snapshot.put(table, owner.queryForList(
                        "select * from " + table + " t where tenant_id = ? order by t::text", tenant.id()));
            }
            return snapshot;
        });
    }
}
