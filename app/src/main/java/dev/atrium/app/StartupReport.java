package dev.atrium.app;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.boot.context.metrics.buffering.StartupTimeline;
import org.springframework.core.metrics.StartupStep;

/**
 * Where the boot's time goes: with {@code -Datrium.startup.report=true} the application records Spring's
 * startup steps (bean instantiations, post-processors, context refresh) and prints the slowest ones once it is
 * ready. Off by default: recording costs a little, and the steps name beans, never tenant data.
 */
final class StartupReport {

    private static final int STEPS = 40;

    private final BufferingApplicationStartup startup = new BufferingApplicationStartup(20_000);

    private StartupReport() {
    }

    static StartupReport installIfAsked(SpringApplication application) {
        if (!Boolean.getBoolean("atrium.startup.report")) {
            return null;
        }
        StartupReport report = new StartupReport();
        application.setApplicationStartup(report.startup);
        return report;
    }

    void print(PrintStream out) {
        StartupTimeline timeline = startup.getBufferedTimeline();
        List<StartupTimeline.TimelineEvent> slowest = timeline.getEvents().stream()
                .sorted(Comparator.comparing(StartupTimeline.TimelineEvent::getDuration).reversed())
                .limit(STEPS)
                .toList();
        out.println("Slowest startup steps (a step's time includes the steps inside it):");
        for (StartupTimeline.TimelineEvent event : slowest) {
            out.printf("%8d ms  %-45s %s%n", event.getDuration().toMillis(), event.getStartupStep().getName(),
                    tags(event.getStartupStep()));
        }
        Duration recorded = Duration.between(timeline.getStartTime(), Instant.now());
        out.printf("%8d ms  since the application started recording%n", recorded.toMillis());
        out.printf("%8d ms  since the JVM started%n", ManagementFactory.getRuntimeMXBean().getUptime());
    }

    private static String tags(StartupStep step) {
        return StreamSupport.stream(step.getTags().spliterator(), false)
                .map(tag -> tag.getKey() + "=" + tag.getValue())
                .collect(Collectors.joining(" "));
    }
}
