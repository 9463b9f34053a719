package dev.atrium.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The image's recipe, read as text: the build machine has no Docker engine to build it. What it checks is what
 * makes releases small and repeatable: a runtime pinned to its full version, and Boot's layers copied one by one.
 */
class DockerfileTest {

    private static final Path DOCKERFILE = Path.of(System.getProperty("basedir", "."), "Dockerfile");
    /** Boot's default layers, in the order their contents change least often first. */
    private static final List<String> LAYERS =
            List.of("dependencies", "spring-boot-loader", "snapshot-dependencies", "application");

    private List<String> instructions;

    @BeforeEach
    void read() throws IOException {
        // Continuation lines joined, comments dropped: one instruction per entry.
        instructions = Pattern.compile("\\\\\\n").splitAsStream(Files.readString(DOCKERFILE))
                .collect(Collectors.joining(" "))
                .lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .toList();
    }

    @Test
    void everyStageRunsOnAJreTagPinnedToItsFullVersion() {
        Map<String, String> arguments = instructions.stream()
                .filter(line -> line.startsWith("ARG ") && line.contains("="))
                .map(line -> line.substring(4).split("=", 2))
                .collect(Collectors.toMap(pair -> pair[0], pair -> pair[1]));
        List<String> images = instructions.stream()
                .filter(line -> line.startsWith("FROM "))
                .map(line -> line.split("\\s+")[1])
                .map(image -> image.startsWith("${") ? arguments.get(image.substring(2, image.length() - 1)) : image)
                .toList();

        assertThat(images).as("base images of the stages").hasSize(2).allSatisfy(image -> assertThat(image)
                .as("a base image pinned to a full Temurin JRE version (and optionally its digest)")
                .matches("eclipse-temurin:\\d+\\.\\d+\\.\\d+_\\d+-jre-[a-z]+(@sha256:[0-9a-f]{64})?")
                .doesNotContain("latest"));
    }

    @Test
    void bootsLayersAreExtractedAndCopiedOneByOneInOrder() {
        assertThat(instructions).as("the layers are extracted with Boot's launcher")
                .anyMatch(line -> line.startsWith("RUN java -Djarmode=tools -jar atrium.jar extract --layers --launcher"));

        Pattern layerCopy = Pattern.compile("COPY --from=\\S+ \\S*/extracted/([a-z-]+)/ \\./");
        List<String> copied = instructions.stream()
                .map(layerCopy::matcher)
                .filter(Matcher::matches)
                .map(match -> match.group(1))
                .toList();
        assertThat(copied).as("one COPY per layer, the least often changed first").isEqualTo(LAYERS);
        assertThat(instructions).as("the jar itself is not copied into the runtime image")
                .noneMatch(line -> line.startsWith("COPY target/atrium.jar /app"));
        assertThat(instructions).as("the entry point runs the extracted launcher")
                .contains("ENTRYPOINT [\"java\", \"org.springframework.boot.loader.launch.JarLauncher\"]");
    }

    @Test
    void theAppRunsAsTheNumericUserTheChartRunsAs() throws IOException {
        int user = instructions.indexOf("USER 10001:10001");
        int lastCopy = instructions.stream().filter(line -> line.startsWith("COPY ")).mapToInt(instructions::lastIndexOf)
                .max().orElseThrow();

        assertThat(user).as("USER 10001:10001 after every COPY, so the code stays root's and read-only to the app")
                .isGreaterThan(lastCopy);
        assertThat(Files.readString(DOCKERFILE.resolveSibling("../helm/atrium/values.yaml").normalize()))
                .as("the chart's pods run as the image's user").contains("runAsUser: 10001");
    }
}
