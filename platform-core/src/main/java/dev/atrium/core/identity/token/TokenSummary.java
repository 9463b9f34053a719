package dev.atrium.core.identity.token;

import java.time.Instant;

/** A personal API token as listed to its owner: never the secret. */
public record TokenSummary(long id, String name, String prefix, Instant createdAt, Instant lastUsedAt,
        Instant revokedAt) {

    static TokenSummary of(ApiToken token) {
        return new TokenSummary(token.getId(), token.getName(), token.getPrefix(), token.getCreatedAt(),
                token.getLastUsedAt(), token.getRevokedAt());
    }

    public boolean active() {
        return revokedAt == null;
    }
}
