package dev.atrium.app;

import dev.atrium.core.database.DatabaseProperties;
import java.util.Set;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

/** The one executable: the core, the operator console, the batch jobs and the module loader. */
@SpringBootApplication(scanBasePackages = "dev.atrium")
@EntityScan("dev.atrium")
@EnableJpaRepositories("dev.atrium")
public class AtriumApplication {

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(AtriumApplication.class);
        Set<NodeRole> roles = NodeRole.parse(System.getenv("ATRIUM_ROLES"));
        if (roles.contains(NodeRole.MIGRATE)) {
            // Migrations run while the context starts; a migrate-only node then stops.
            application.setWebApplicationType(WebApplicationType.NONE);
            application.addListeners((ApplicationListener<ApplicationEnvironmentPreparedEvent>) AtriumApplication::requireOwnerCredentials);
            ConfigurableApplicationContext context = application.run(args);
            System.exit(SpringApplication.exit(context, () -> 0));
        }
        StartupReport report = StartupReport.installIfAsked(application);
        application.run(args);
        if (report != null) {
            report.print(System.out);
        }
    }

    /** A migrate node without them would only check the schema, and exit as if it had migrated. */
    private static void requireOwnerCredentials(ApplicationEnvironmentPreparedEvent event) {
        boolean holds = Binder.get(event.getEnvironment()).bind("atrium.db", DatabaseProperties.class)
                .map(DatabaseProperties::holdsOwnerCredentials).orElse(true);
        if (!holds) {
            throw new IllegalStateException("ATRIUM_ROLES=migrate runs the migrations as the owner role: set "
                    + "ATRIUM_DB_OWNER_USER and ATRIUM_DB_OWNER_PASSWORD");
        }
    }
}
