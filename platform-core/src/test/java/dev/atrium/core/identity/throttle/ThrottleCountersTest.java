package dev.atrium.core.identity.throttle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atrium.core.test.MovableClock;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.TimeMeter;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The counters on their own: where a window starts, when a bucket is forgotten, and Redis being away. */
class ThrottleCountersTest {

    private static final BucketConfiguration THREE_PER_QUARTER_HOUR = BucketConfiguration.builder()
            .addLimit(Bandwidth.builder().capacity(3).refillIntervally(3, Duration.ofMinutes(15)).build())
            .build();

    private final MovableClock clock = new MovableClock();
    private final TimeMeter time = new TimeMeter() {
        @Override
        public long currentTimeNanos() {
            return clock.millis() * 1_000_000L;
        }

        @Override
        public boolean isWallClockBased() {
            return true;
        }
    };

    @Test
    void aWindowStartsAtTheFirstFailureNotAtAnEarlierCheck() {
        LocalThrottleCounters counters = new LocalThrottleCounters(time, 100);
        assertThat(counters.estimate("owner", THREE_PER_QUARTER_HOUR).canBeConsumed()).isTrue();
        clock.advance(Duration.ofMinutes(14));
        for (int i = 0; i < 3; i++) {
            counters.consume("owner", THREE_PER_QUARTER_HOUR);
        }
        assertThat(Duration.ofNanos(counters.estimate("owner", THREE_PER_QUARTER_HOUR).getNanosToWaitForRefill()))
                .as("lockout after three failures right after a check made 14 minutes earlier")
                .isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void aLockoutEndsWithItsWindowAndTheNextFailureStartsAFreshOne() {
        LocalThrottleCounters counters = new LocalThrottleCounters(time, 100);
        for (int i = 0; i < 3; i++) {
            counters.consume("owner", THREE_PER_QUARTER_HOUR);
        }
        assertThat(counters.estimate("owner", THREE_PER_QUARTER_HOUR).canBeConsumed()).isFalse();
        clock.advance(Duration.ofMinutes(15));
        assertThat(counters.estimate("owner", THREE_PER_QUARTER_HOUR).canBeConsumed())
                .as("refused after the window ended").isTrue();
        assertThat(counters.consume("owner", THREE_PER_QUARTER_HOUR).getRemainingTokens())
                .as("failures left after the first one of a new window").isEqualTo(2);
    }

    @Test
    void aRememberedAddressIsForgottenWhenItsTimeIsUp() {
        LocalThrottleCounters counters = new LocalThrottleCounters(time, 100);
        counters.remember("owner@office", Duration.ofDays(30));
        clock.advance(Duration.ofDays(29));
        assertThat(counters.remembers("owner@office")).as("remembered after 29 of 30 days").isTrue();
        clock.advance(Duration.ofDays(1));
        assertThat(counters.remembers("owner@office")).as("remembered after 30 days").isFalse();
    }

    @Test
    void theLocalCountersKeepABoundedNumberOfBuckets() {
        LocalThrottleCounters counters = new LocalThrottleCounters(time, 2);
        for (int i = 0; i < 3; i++) {
            counters.consume("first", THREE_PER_QUARTER_HOUR);
        }
        counters.consume("second", THREE_PER_QUARTER_HOUR);
        counters.consume("third", THREE_PER_QUARTER_HOUR);
        assertThat(counters.estimate("first", THREE_PER_QUARTER_HOUR).canBeConsumed())
                .as("the least recently used bucket, beyond the bound, is forgotten").isTrue();
        assertThat(counters.estimate("third", THREE_PER_QUARTER_HOUR).getRemainingTokens()).isEqualTo(2);
    }

    @Test
    void withRedisUnreachableTheNodeStillCountsOnItsOwn() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        try (RedisThrottleCounters counters = new RedisThrottleCounters("redis://127.0.0.1:" + closedPort, time,
                new LocalThrottleCounters(time, 100))) {
            for (int i = 0; i < 3; i++) {
                counters.consume("owner", THREE_PER_QUARTER_HOUR);
            }
            assertThat(counters.estimate("owner", THREE_PER_QUARTER_HOUR).canBeConsumed())
                    .as("an account with three failures while Redis is away").isFalse();
        }
    }
}
