package dev.atrium.core.party;

import dev.atrium.plugin.problem.RuleViolationException;
import java.util.Map;

/** An archived third party stays for history but takes no new business. */
enum ThirdPartyStatus {
    ACTIVE,
    ARCHIVED;

    ThirdPartyStatus moveTo(ThirdPartyStatus target) {
        if (this == target) {
            throw new RuleViolationException("third-party-status-unchanged",
                    "Third party already " + name().toLowerCase(),
                    "The third party is already " + name().toLowerCase() + ".", Map.of("status", name()));
        }
        return target;
    }
}
