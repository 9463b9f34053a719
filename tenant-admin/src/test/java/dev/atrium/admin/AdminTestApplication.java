package dev.atrium.admin;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

/** The core with the operator console, as this module's tests and its benchmark start them. */
@SpringBootApplication(scanBasePackages = "dev.atrium")
@EntityScan("dev.atrium")
@EnableJpaRepositories("dev.atrium")
public class AdminTestApplication {
}
