package dev.atrium.core.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.atrium.core.test.PlatformTest;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * What the database refuses comes back without the values refused: the
 * driver's server detail ("Failing row contains (...)") and a failed batch's
 * statement with its values inlined would otherwise go wherever the exception
 * goes, the log first.
 */
@PlatformTest
class DatabaseErrorsCarryNoValuesTest {

    private static final String SECRET = "Xk9TenantValue";

    @Autowired
    DataSource dataSource;

    @Test
    void aRefusedRowAndARefusedBatchNameTheConstraintButNotTheValues() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            JdbcTemplate jdbc = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
            jdbc.execute("create temporary table refused_values (v text check (length(v) < 3))");
            try {
                Throwable single = catchThrowable(() -> jdbc.update("insert into refused_values values (?)", SECRET));
                Throwable batch = catchThrowable(() -> jdbc.batchUpdate("insert into refused_values values (?)",
                        List.of(new Object[] {"ok"}, new Object[] {SECRET})));
                for (Throwable refused : List.of(single, batch)) {
                    assertThat(refused).isInstanceOf(DataIntegrityViolationException.class);
                    assertThat(messages(refused)).as("every message of the refusal")
                            .anyMatch(message -> message.contains("refused_values_v_check"))
                            .noneMatch(message -> message.contains(SECRET));
                }
            } finally {
                jdbc.execute("drop table refused_values");
            }
        }
    }

    private static List<String> messages(Throwable thrown) {
        List<String> messages = new ArrayList<>();
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            messages.add(String.valueOf(cause.getMessage()));
            messages.add(String.valueOf(cause));
            if (cause instanceof SQLException sql) {
                for (SQLException next = sql.getNextException(); next != null; next = next.getNextException()) {
                    messages.add(String.valueOf(next.getMessage()));
                }
            }
        }
        return messages;
    }
}
