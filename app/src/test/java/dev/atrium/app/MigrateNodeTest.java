package dev.atrium.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atrium.core.database.SchemaMigrations;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

/**
 * The chart's migration job runs the application with {@code ATRIUM_ROLES=migrate}, which starts it without the
 * web layer: everything a migration needs must start there, and nothing that only serves requests may require
 * the web layer's beans.
 */
@SpringBootTest(classes = AtriumApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE)
class MigrateNodeTest {

    @Autowired
    ApplicationContext context;

    @Test
    void theApplicationStartsWithoutTheWebLayerAndMigrates() {
        assertThat(context.getBeanNamesForType(SchemaMigrations.class))
                .as("the schema migrations of a node without the web layer").isNotEmpty();
        assertThat(context.getBeanNamesForType(org.springframework.web.servlet.DispatcherServlet.class))
                .as("no web layer on such a node").isEmpty();
    }
}
