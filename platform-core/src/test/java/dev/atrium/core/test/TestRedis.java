package dev.atrium.core.test;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;

/**
 * The Redis of the tests: the one named by {@code ATRIUM_TEST_REDIS_URL}, else
 * a Testcontainers Redis when a Docker engine answers, else one answering on
 * 127.0.0.1:6379. Tests that need Redis are skipped, saying so, when none is
 * found; everything else runs on the local activation cache.
 */
public final class TestRedis {

    private static Optional<String> url;

    private TestRedis() {
    }

    public static synchronized Optional<String> url() {
        if (url == null) {
            url = find();
        }
        return url;
    }

    public static String required() {
        return url().orElseThrow(() -> new org.opentest4j.TestAbortedException(
                "No Redis for this test: set ATRIUM_TEST_REDIS_URL (e.g. redis://127.0.0.1:6379)"));
    }

    private static Optional<String> find() {
        String configured = System.getenv("ATRIUM_TEST_REDIS_URL");
        if (configured != null && !configured.isBlank()) {
            return Optional.of(configured);
        }
        if (dockerAvailable()) {
            GenericContainer<?> redis = new GenericContainer<>("redis:7-alpine").withExposedPorts(6379);
            redis.start();
            return Optional.of("redis://" + redis.getHost() + ":" + redis.getMappedPort(6379));
        }
        return answersPing("127.0.0.1", 6379) ? Optional.of("redis://127.0.0.1:6379") : Optional.empty();
    }

    private static boolean answersPing(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 300);
            socket.setSoTimeout(500);
            OutputStream out = socket.getOutputStream();
            out.write("PING\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            byte[] reply = in.readNBytes(5);
            return "+PONG".equals(new String(reply, StandardCharsets.US_ASCII));
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }
}
