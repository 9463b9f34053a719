package dev.atrium.core.test;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/** What PostgreSQL's lock table says about the test database, for tests that race two transactions. */
public final class DatabaseLocks {

    private DatabaseLocks() {
    }

    /**
     * Returns once some transaction of this database waits on a lock another holds: the second of two racing
     * calls has reached the first's uncommitted row. Read as the owner, who sees every session.
     */
    public static void awaitATransactionWaitingOnAnother(DataSource owner) {
        JdbcTemplate jdbc = new JdbcTemplate(owner);
        await("a transaction waiting on another's lock").atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(10)).until(() -> jdbc.queryForObject("""
                        select count(*) from pg_locks l join pg_stat_activity a on a.pid = l.pid
                         where not l.granted and a.datname = current_database()""", Integer.class) > 0);
    }
}
