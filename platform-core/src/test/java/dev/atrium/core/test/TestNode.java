package dev.atrium.core.test;

import dev.atrium.core.CoreTestApplication;
import java.util.Arrays;
import java.util.stream.Stream;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** Another node of the core in this JVM, on its own port, with the settings a test gives it. */
public final class TestNode {

    private TestNode() {
    }

    public static ConfigurableApplicationContext start(String... properties) {
        // Arguments, not default properties: those rank below application.yml's server.port.
        String[] arguments = Stream.concat(Stream.of("server.port=0"), Arrays.stream(properties))
                .map(property -> "--" + property).toArray(String[]::new);
        return new SpringApplicationBuilder(CoreTestApplication.class).run(arguments);
    }

    public static int port(ConfigurableApplicationContext node) {
        return ((WebServerApplicationContext) node).getWebServer().getPort();
    }
}
