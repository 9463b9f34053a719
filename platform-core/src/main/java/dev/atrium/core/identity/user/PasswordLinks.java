package dev.atrium.core.identity.user;

import dev.atrium.core.tenancy.TenantSessions;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Single-use links to set a password. The secret is 32 random bytes; only its SHA-256 is stored, which is as
 * safe as a slow hash for a secret that long and lets the link be found by an index. The link's path names
 * the tenant, which is bound before the lookup: a link of one tenant on another's path finds nothing.
 */
@Component
class PasswordLinks {

    enum Purpose {
        INVITATION(Duration.ofHours(72)), RESET(Duration.ofHours(1));

        final Duration lifetime;

        Purpose(Duration lifetime) {
            this.lifetime = lifetime;
        }
    }

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern SECRET = Pattern.compile("[A-Za-z0-9_-]{43}");

    private final JdbcTemplate jdbc;
    private final Clock clock;

    PasswordLinks(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A new link for the user, in place of every unused one they had: the secret to put in the email. */
    @Transactional(propagation = Propagation.MANDATORY)
    String issue(long tenantId, long userId, Purpose purpose) {
        TenantSessions.bind(jdbc, tenantId);
        revokeAll(tenantId, userId);
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        jdbc.update("""
                insert into password_link (tenant_id, user_id, purpose, token_hash, created_at, expires_at)
                values (?, ?, ?, ?, ?, ?)""",
                tenantId, userId, purpose.name(), sha256(secret), Timestamp.from(now),
                Timestamp.from(now.plus(purpose.lifetime)));
        return secret;
    }

    /**
     * The user a valid link is for, and the link used up in the same statement, so two requests with one link
     * cannot both succeed. Empty for an unknown, used, revoked or expired link, or one of another purpose.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    Optional<Long> consume(long tenantId, String secret, Purpose purpose) {
        if (secret == null || !SECRET.matcher(secret).matches()) {
            return Optional.empty();
        }
        TenantSessions.bind(jdbc, tenantId);
        Timestamp now = Timestamp.from(clock.instant());
        List<Long> users = jdbc.queryForList("""
                update password_link set used_at = ?
                where tenant_id = ? and token_hash = ? and purpose = ?
                  and used_at is null and revoked_at is null and expires_at > ?
                returning user_id""", Long.class, now, tenantId, sha256(secret), purpose.name(), now);
        return users.stream().findFirst();
    }

    /** Whether a link would be accepted now, without using it: the page that asks for the new password. */
    @Transactional(propagation = Propagation.MANDATORY)
    boolean valid(long tenantId, String secret, Purpose purpose) {
        return holder(tenantId, secret, purpose).isPresent();
    }

    /**
     * The user a link that would be accepted now is for, without using it: whose email a refused password is
     * checked against before the link is used.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    Optional<Long> holder(long tenantId, String secret, Purpose purpose) {
        if (secret == null || !SECRET.matcher(secret).matches()) {
            return Optional.empty();
        }
        TenantSessions.bind(jdbc, tenantId);
        return jdbc.queryForList("""
                select user_id from password_link
                where tenant_id = ? and token_hash = ? and purpose = ?
                  and used_at is null and revoked_at is null and expires_at > ?""", Long.class,
                tenantId, sha256(secret), purpose.name(), Timestamp.from(clock.instant())).stream().findFirst();
    }

    /** The users that were ever sent an invitation: those of them who never set a password are still invited. */
    @Transactional(propagation = Propagation.MANDATORY)
    List<Long> invited(long tenantId) {
        TenantSessions.bind(jdbc, tenantId);
        return jdbc.queryForList("select distinct user_id from password_link where tenant_id = ? and purpose = ?",
                Long.class, tenantId, Purpose.INVITATION.name());
    }

    /** Every unused link of the user stops working: a newer one was sent, or the password changed. */
    @Transactional(propagation = Propagation.MANDATORY)
    void revokeAll(long tenantId, long userId) {
        TenantSessions.bind(jdbc, tenantId);
        jdbc.update("""
                update password_link set revoked_at = ?
                where tenant_id = ? and user_id = ? and used_at is null and revoked_at is null""",
                Timestamp.from(clock.instant()), tenantId, userId);
    }

    private static String sha256(String secret) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
