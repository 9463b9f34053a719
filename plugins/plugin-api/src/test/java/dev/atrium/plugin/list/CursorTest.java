package dev.atrium.plugin.list;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.atrium.plugin.problem.FieldError;
import dev.atrium.plugin.problem.ProblemException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.Sort;

/** A cursor we did not issue is the caller's 400 on the parameter it came in, whatever its bytes. */
class CursorTest {

    private static final Sort BY_CREATION = Sort.by("createdAt", "id");
    private static final Map<String, Class<?>> TYPES = Map.of("createdAt", Instant.class, "name", String.class,
            "id", Long.class);

    @Test
    void aCursorWeIssuedReadsBackToTheSamePosition() {
        Map<String, Object> keys = new LinkedHashMap<>();
        keys.put("createdAt", Instant.parse("2026-01-02T03:04:05.123456Z"));
        keys.put("id", 42L);
        Cursor issued = new Cursor("createdAt", keys);
        assertThat(Cursor.decode(issued.encode(), "after", "createdAt", BY_CREATION, TYPES).keys())
                .containsExactlyEntriesOf(issued.keys());
    }

    @Test
    void jsonNullIsRefusedNamingTheParameter() {
        refused("bnVsbA", "after");
        refused(token("null"), "before");
    }

    @Test
    void momentsAtTheFarEndsOfInstantAreRefusedNotOverflowed() {
        refused(token("{\"sort\":\"createdAt\",\"keys\":{\"createdAt\":\"+999999999-12-31T23:59:59.999999999Z\","
                + "\"id\":\"1\"}}"), "after");
        refused(token("{\"sort\":\"createdAt\",\"keys\":{\"createdAt\":\"-999999999-01-01T00:00:00Z\","
                + "\"id\":\"1\"}}"), "after");
        refused(token("{\"sort\":\"createdAt\",\"keys\":{\"createdAt\":\"+10000-01-01T00:00:00Z\",\"id\":\"1\"}}"),
                "after");
    }

    @Test
    void valuesOfTheWrongShapeAreRefused() {
        refused(token("[]"), "after");
        refused(token("{\"sort\":\"createdAt\",\"keys\":null}"), "after");
        refused(token("{\"sort\":\"createdAt\",\"keys\":{\"createdAt\":null,\"id\":\"1\"}}"), "after");
        refused(token("{\"sort\":\"createdAt\",\"keys\":{\"createdAt\":\"2026-01-01T00:00:00Z\",\"id\":\"1e3\"}}"),
                "after");
        refused(token("{\"sort\":\"createdAt\",\"keys\":{\"createdAt\":\"2026-01-01T00:00:00Z\","
                + "\"id\":\"99999999999999999999\"}}"), "after");
        refused(Base64.getUrlEncoder().encodeToString(("{\"sort\":\"name\",\"keys\":{\"name\":\"a\\u0000b\","
                + "\"id\":\"1\"}}").getBytes(StandardCharsets.UTF_8)), "after", "name", Sort.by("name", "id"));
        refused(token("{\"sort\":\"name\",\"keys\":{\"name\":\"\\ud800\",\"id\":\"1\"}}"), "after", "name",
                Sort.by("name", "id"));
        refused("x".repeat(5000), "after");
    }

    @Test
    void randomJunkIsAlwaysA400NeverAnotherFailure() {
        Random random = new Random(20261201);
        for (int i = 0; i < 2000; i++) {
            byte[] bytes = new byte[random.nextInt(80)];
            random.nextBytes(bytes);
            String token = switch (i % 3) {
                case 0 -> Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
                case 1 -> new String(bytes, StandardCharsets.ISO_8859_1);
                default -> token("{\"sort\":\"createdAt\",\"keys\":{\"createdAt\":\""
                        + new String(bytes, StandardCharsets.ISO_8859_1).replace("\"", "").replace("\\", "")
                        + "\",\"id\":\"" + random.nextLong() + "\"}}");
            };
            refused(token, "after");
        }
    }

    private static String token(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    private static void refused(String token, String parameter) {
        refused(token, parameter, "createdAt", BY_CREATION);
    }

    private static void refused(String token, String parameter, String sort, Sort ordering) {
        Throwable thrown = catchThrowable(() -> Cursor.decode(token, parameter, sort, ordering, TYPES));
        assertThat(thrown).as("decoding %s", token).isInstanceOf(ProblemException.class);
        ProblemException problem = (ProblemException) thrown;
        assertThat(problem.status()).as("status for %s", token).isEqualTo(400);
        assertThat((List<?>) problem.properties().get("errors")).as("field errors for %s", token)
                .extracting(error -> ((FieldError) error).field()).containsExactly(parameter);
    }
}
