package dev.atrium.core.identity.token;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * API tokens are 32 random bytes, so a fast SHA-256 is as safe to store as a
 * slow password hash, and lets every request find its token by an index.
 *
 * <p>A token names its tenant ({@code atr_<slug>_<secret>}): tokens are tenant
 * rows behind row-level security, so the lookup binds that tenant first and
 * finds the hash among its rows alone. A slug never holds {@code _}.
 */
final class TokenHashing {

    static final String TOKEN_PREFIX = "atr_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private TokenHashing() {
    }

    private static final Pattern TOKEN = Pattern.compile("atr_([a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?)_([A-Za-z0-9_-]{43})");

    static String newSecret(String tenantSlug) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return TOKEN_PREFIX + tenantSlug + "_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The tenant a token of ours names; empty for anything that is not shaped like one. */
    static Optional<String> tenantSlugOf(String secret) {
        Matcher matcher = TOKEN.matcher(secret);
        return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    /** What lists show of a token: enough to tell it from its owner's others, nothing to use. */
    static String displayPrefix(String secret) {
        Matcher matcher = TOKEN.matcher(secret);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("Not a token of ours");
        }
        return TOKEN_PREFIX + matcher.group(2).substring(0, 8);
    }

    static String sha256(String secret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
