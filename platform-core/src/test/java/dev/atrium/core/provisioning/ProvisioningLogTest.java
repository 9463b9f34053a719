package dev.atrium.core.provisioning;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atrium.core.test.PlatformTest;
import dev.atrium.core.test.TestTenant;
import dev.atrium.core.test.TestTenants;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.Isolated;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** Provisioning says in the log that a tenant exists, by slug and ids, never with its owner's email. */
// Isolated: it reads the console output, which every test running beside it writes to.
@Isolated
@PlatformTest
@ExtendWith(OutputCaptureExtension.class)
class ProvisioningLogTest {

    @Autowired
    TestTenants tenants;

    @BeforeEach
    void infoLogs() {
        // Tests log warnings only; the provisioning line is at info.
        LoggingSystem.get(getClass().getClassLoader()).setLogLevel("dev.atrium", LogLevel.INFO);
    }

    @AfterEach
    void quietLogs() {
        LoggingSystem.get(getClass().getClassLoader()).setLogLevel("dev.atrium", null);
    }

    @Test
    void theProvisioningLogLineNamesTheTenantAndTheOwnersIdNotTheirEmail(CapturedOutput output) {
        TestTenant acme = tenants.create("Acme");

        assertThat(output.getAll()).as("the log").contains("Provisioned tenant " + acme.slug())
                .contains("user " + acme.owner().userId())
                .doesNotContain(acme.owner().email());
    }
}
