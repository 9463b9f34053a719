package dev.atrium.plugin.list;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Reads of the bound tenant's rows in a read-only JDBC transaction of their own, for what a list shows: the host
 * begins it, binds the tenant in it as it binds every transaction (row-level security's setting, transaction-local,
 * so it ends with the transaction and a pooled connection never carries it on), hands over the connection and the
 * tenant's id, and commits. No Hibernate session is opened: a page of rows read straight into records needs none,
 * and opening one, with its own round trips to bind the tenant, costs a list request more than its query.
 * {@link KeysetList#countedPage} reads a page and its count this way; the host implements this interface and a
 * module receives it like any host service.
 *
 * <pre>{@code
 * ListPage<ContractRow> list(ContractSearch search) {  // no @Transactional: the read is its own transaction
 *     return CONTRACTS.countedPage(entityManager, reads, search.filter(), search.keyset(), 1000);
 * }
 * }</pre>
 *
 * <p>Called inside a transaction the caller began, the read joins it instead, on its connection.
 */
public interface TenantReads {

    /**
     * Runs {@code read} in one read-only transaction bound to the current tenant.
     *
     * @throws IllegalStateException when no tenant is bound: a tenant's rows are read for a tenant only
     */
    <T> T read(Read<T> read);

    /** What to read on {@code connection}, whose transaction sees {@code tenantId}'s rows alone. */
    @FunctionalInterface
    interface Read<T> {

        T read(Connection connection, long tenantId) throws SQLException;
    }
}
