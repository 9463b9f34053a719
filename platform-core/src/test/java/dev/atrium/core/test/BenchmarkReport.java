package dev.atrium.core.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A benchmark's figures: written line by line, then logged (logger
 * {@code dev.atrium.bench}, shown even where tests log only warnings) and
 * kept in a file under {@code target/} for the closing note.
 */
public final class BenchmarkReport {

    private static final Logger log = LoggerFactory.getLogger("dev.atrium.bench");

    private final StringBuilder text = new StringBuilder();

    public BenchmarkReport line(String format, Object... arguments) {
        text.append(String.format(Locale.ROOT, format, arguments)).append('\n');
        return this;
    }

    public void publish(Path file) {
        log.info("\n{}", text);
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not keep the benchmark report in " + file, e);
        }
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
