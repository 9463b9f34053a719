package dev.atrium.app.module;

import dev.atrium.app.AtriumApplication;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.stream.Stream;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** Another node of the platform in this JVM: same database (the run's), its own port and settings. */
final class Nodes {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private Nodes() {
    }

    static ConfigurableApplicationContext start(String... properties) {
        // Arguments, not default properties: those rank below application.yml's server.port.
        String[] arguments = Stream.concat(Stream.of("server.port=0"), Arrays.stream(properties))
                .map(property -> "--" + property).toArray(String[]::new);
        return new SpringApplicationBuilder(AtriumApplication.class).run(arguments);
    }

    static int port(ConfigurableApplicationContext node) {
        return ((WebServerApplicationContext) node).getWebServer().getPort();
    }

    static HttpResponse<String> call(int port, String method, String path, String bearer) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", bearer)
                .method(method, HttpRequest.BodyPublishers.noBody())
                .build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static int status(int port, String method, String path, String bearer) {
        return call(port, method, path, bearer).statusCode();
    }
}
