package dev.atrium.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

/** The one executable: the core, the operator console, the batch jobs and the module loader. */
@SpringBootApplication(scanBasePackages = "dev.atrium")
@EntityScan("dev.atrium")
@EnableJpaRepositories("dev.atrium")
public class AtriumApplication {

    public static void main(String[] args) {
        SpringApplication.run(AtriumApplication.class, args);
    }
}
