package dev.atrium.core.identity.throttle;

import dev.atrium.core.tenancy.TenantSessions;
import dev.atrium.core.tenant.TenantService;
import dev.atrium.core.tenant.TenantSummary;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records each lockout, not each failure: a tenant user's account in the tenant's own {@code sign_in_lockout}
 * (written with the tenant bound, under row-level security), anything else (an operator's account, a client
 * address, an account on a company that does not exist) in {@code platform_sign_in_lockout}. The log line
 * carries the tenant id and hashes, never an email or an address.
 */
class LockoutAudit {

    private static final Logger log = LoggerFactory.getLogger(LockoutAudit.class);
    private static final int SUBJECT_LENGTH = 254;
    private static final int ADDRESS_LENGTH = 64;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final TenantService tenants;
    private final Clock clock;

    LockoutAudit(DataSource dataSource, TenantService tenants, Clock clock) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        this.tenants = tenants;
        this.clock = clock;
    }

    void lockedOut(SignInAttempt attempt, LockoutScope scope, Duration lockedFor) {
        Instant lockedAt = clock.instant();
        Instant lockedUntil = lockedAt.plus(lockedFor);
        Optional<TenantSummary> tenant = scope == LockoutScope.ACCOUNT
                ? attempt.tenantSlug().flatMap(tenants::findBySlug) : Optional.empty();
        String subject = scope == LockoutScope.ACCOUNT ? attempt.account().orElseThrow() : attempt.clientAddress();
        log.warn("Sign-in lockout: way={} scope={} tenant={} subject={} for={}s", attempt.way(), scope,
                tenant.map(t -> Long.toString(t.id())).orElse("-"), SignInThrottle.hash(subject),
                lockedFor.toSeconds());
        try {
            if (tenant.isPresent()) {
                long tenantId = tenant.get().id();
                transactions.executeWithoutResult(status -> {
                    TenantSessions.bind(jdbc, tenantId);
                    jdbc.update("""
                            insert into sign_in_lockout (tenant_id, email, client_address, locked_at, locked_until)
                            values (?, ?, ?, ?, ?)""", tenantId, truncate(attempt.email().orElseThrow(),
                            SUBJECT_LENGTH), truncate(attempt.clientAddress(), ADDRESS_LENGTH),
                            Timestamp.from(lockedAt), Timestamp.from(lockedUntil));
                });
            } else {
                jdbc.update("""
                        insert into platform_sign_in_lockout (way, scope, subject, client_address, locked_at,
                                                              locked_until)
                        values (?, ?, ?, ?, ?, ?)""", attempt.way().name(), scope.name(),
                        truncate(subject, SUBJECT_LENGTH), truncate(attempt.clientAddress(), ADDRESS_LENGTH),
                        Timestamp.from(lockedAt), Timestamp.from(lockedUntil));
            }
        } catch (DataAccessException e) {
            // The lockout holds whether or not its record could be written; the sign-in answer must not fail.
            log.error("Sign-in lockout could not be recorded: way={} scope={} ({})", attempt.way(), scope,
                    e.getClass().getSimpleName());
        }
    }

    private static String truncate(String value, int length) {
        return value.length() <= length ? value : value.substring(0, length);
    }
}
