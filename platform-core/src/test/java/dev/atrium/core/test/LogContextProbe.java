package dev.atrium.core.test;

import io.swagger.v3.oas.annotations.Operation;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.MDC;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** A test-only endpoint that records the logging context (MDC) its request ran with. */
@RestController
public class LogContextProbe {

    public static final String PATH = "/api/v1/test/log-context";

    private final AtomicReference<Map<String, String>> last = new AtomicReference<>(Map.of());

    @GetMapping(PATH)
    @Operation(summary = "Test only: the log context of a request")
    Map<String, String> record() {
        Map<String, String> context = MDC.getCopyOfContextMap();
        last.set(context == null ? Map.of() : Map.copyOf(context));
        return last.get();
    }

    public Map<String, String> lastContext() {
        return last.get();
    }
}
