package dev.atrium.admin.operator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.atrium.admin.test.AdminTest;
import dev.atrium.admin.test.TestOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.Isolated;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/** Each test runs in a transaction that is rolled back, so the shared operator table comes out unchanged. */
// Isolated: it empties the operator table in its transaction, counts the operators of the whole platform and
// reads the console.
@Isolated
@AdminTest
@Transactional
@ExtendWith(OutputCaptureExtension.class)
class FirstOperatorTest {

    private static final Pattern ANNOUNCED = Pattern.compile(
            "FIRST OPERATOR CREATED: sign in at /admin/login as (\\S+) with password (\\S+) ");

    @Autowired
    OperatorService operators;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anEmptyUnconfiguredPlatformGetsOneOperatorWhosePasswordIsPrintedOnceOnOneLine(CapturedOutput output) {
        jdbc.update("delete from operator");
        FirstOperator unconfigured = new FirstOperator(new AdminProperties(null, null), operators);

        unconfigured.ensure();
        unconfigured.ensure();

        Matcher announcement = ANNOUNCED.matcher(output.getAll());
        assertThat(announcement.find()).as("the generated password is printed").isTrue();
        String email = announcement.group(1);
        String password = announcement.group(2);
        assertThat(operators.authenticate(email, password)).as("the printed credentials sign in").isPresent();
        assertThat(output.getAll().lines().filter(line -> line.contains(password)).count())
                .as("lines that show the password, over two starts").isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from operator", Integer.class))
                .as("operators after two starts").isEqualTo(1);
    }

    @Test
    void anUnconfiguredPlatformThatHasAnOperatorPrintsNothing(CapturedOutput output) {
        Integer before = jdbc.queryForObject("select count(*) from operator", Integer.class);
        assertThat(before).as("operators before the start, the configured one at least").isPositive();

        new FirstOperator(new AdminProperties("", ""), operators).ensure();

        assertThat(output.getAll()).as("start-up output").doesNotContain("FIRST OPERATOR CREATED");
        assertThat(jdbc.queryForObject("select count(*) from operator", Integer.class))
                .as("operators after a start that found one").isEqualTo(before);
    }

    @Test
    void theConfiguredOperatorIsCreatedAndFollowsAChangedPassword(CapturedOutput output) {
        new FirstOperator(new AdminProperties("Second@Atrium.test", "second-password-1"), operators).ensure();
        assertThat(operators.authenticate("second@atrium.test", "second-password-1")).isPresent();

        new FirstOperator(new AdminProperties("second@atrium.test", "rotated-password-2"), operators).ensure();
        assertThat(operators.authenticate("second@atrium.test", "second-password-1"))
                .as("the old password after rotation").isEmpty();
        assertThat(operators.authenticate("second@atrium.test", "rotated-password-2")).isPresent();
        assertThat(output.getAll()).as("start-up output").doesNotContain("rotated-password-2");
        assertThat(operators.authenticate(TestOperator.EMAIL, TestOperator.PASSWORD))
                .as("operators that were there before").isPresent();
    }

    @Test
    void aConfiguredPasswordTooShortOrAnEmailMissingStopsTheStart() {
        assertThatThrownBy(() -> new FirstOperator(new AdminProperties("ops@atrium.test", "short"), operators)
                .ensure()).isInstanceOf(IllegalStateException.class).hasMessageContaining("ATRIUM_ADMIN_PASSWORD");
        assertThatThrownBy(() -> new FirstOperator(new AdminProperties(null, "long-enough-password"), operators)
                .ensure()).isInstanceOf(IllegalStateException.class).hasMessageContaining("ATRIUM_ADMIN_EMAIL");
    }
}
