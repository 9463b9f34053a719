package dev.atrium.core.identity.throttle;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/** The same behaviour on the embedded default, with no Redis: the counters of this node. */
@SpringBootTest(properties = {
    "atrium.redis.url=",
    "atrium.sign-in.throttle.account-failures=3", "atrium.sign-in.throttle.account-window=15m",
    "atrium.sign-in.throttle.address-failures=5", "atrium.sign-in.throttle.address-window=15m",
    "atrium.sign-in.throttle.address-sustained-failures=50", "atrium.sign-in.throttle.address-sustained-window=24h"})
// Isolated: a context of its own, counting sign-in failures by address.
@Isolated
@AutoConfigureMockMvc
@Import(SignInThrottleTest.MovedTime.class)
class SignInThrottleWithoutRedisTest extends SignInThrottleTest {

    @Autowired
    ThrottleCounters counters;

    @Test
    void withoutRedisTheFailuresAreCountedOnThisNode() {
        assertThat(counters).as("where failures are counted").isInstanceOf(LocalThrottleCounters.class);
    }
}
