package dev.atrium.core.identity.token;

import java.time.Instant;

/** A token just made: {@code secret} is the only time anyone sees it. */
public record IssuedToken(long id, String name, String prefix, String secret, Instant createdAt) {
}
