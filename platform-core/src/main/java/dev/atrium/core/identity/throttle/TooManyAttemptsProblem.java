package dev.atrium.core.identity.throttle;

import dev.atrium.core.problem.ProblemResponses;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;

/** The API's answer to a throttled attempt: 429 problem+json with {@code Retry-After}. */
public final class TooManyAttemptsProblem {

    public static final String TYPE = "too-many-attempts";

    private TooManyAttemptsProblem() {
    }

    public static void write(ProblemResponses problems, HttpServletResponse response, TooManyAttemptsException e)
            throws IOException {
        response.setHeader("Retry-After", Long.toString(e.retryAfterSeconds()));
        problems.write(response, 429, TYPE, "Too many attempts", e.getMessage(),
                Map.of("retryAfterSeconds", e.retryAfterSeconds(), "retryAfterMinutes", e.minutes()));
    }
}
