package dev.atrium.plugin.testkit;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

/**
 * The host as the app assembles it, less the batch jobs: the core and the operator console. It scans the host's
 * packages by name and never {@code dev.atrium} whole: the module under test is the plugin loader's to load, and
 * a scan that found its classes would wire them into the host instead.
 */
@SpringBootApplication(scanBasePackages = {"dev.atrium.core", "dev.atrium.admin", "dev.atrium.plugin.testkit"})
@EntityScan({"dev.atrium.core", "dev.atrium.admin"})
@EnableJpaRepositories({"dev.atrium.core", "dev.atrium.admin"})
public class ModuleTestApplication {
}
