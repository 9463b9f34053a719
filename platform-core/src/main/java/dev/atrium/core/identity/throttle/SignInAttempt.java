package dev.atrium.core.identity.throttle;

import java.util.Locale;
import java.util.Optional;

/**
 * One attempt to get in: which way, whose account (absent for API tokens, which name no account), and from which
 * client address. The account is the tenant's slug and the lower-cased email, or the operator's email, so the
 * same person on two tenants has two accounts, and "Owner@" and "owner@" one.
 */
public record SignInAttempt(SignInWay way, Optional<String> tenantSlug, Optional<String> email, String clientAddress) {

    public SignInAttempt {
        email = email.map(value -> value.trim().toLowerCase(Locale.ROOT));
        clientAddress = clientAddress == null || clientAddress.isBlank() ? "unknown" : clientAddress;
    }

    public static SignInAttempt tenantUser(String tenantSlug, String email, String clientAddress) {
        return new SignInAttempt(SignInWay.TENANT_SIGN_IN, Optional.of(tenantSlug.toLowerCase(Locale.ROOT)),
                Optional.of(String.valueOf(email)), clientAddress);
    }

    /** A request for a reset link on a tenant's sign-in page, counted apart from the sign-ins themselves. */
    public static SignInAttempt passwordReset(String tenantSlug, String email, String clientAddress) {
        return new SignInAttempt(SignInWay.PASSWORD_RESET, Optional.of(tenantSlug.toLowerCase(Locale.ROOT)),
                Optional.of(String.valueOf(email)), clientAddress);
    }

    public static SignInAttempt operator(String email, String clientAddress) {
        return new SignInAttempt(SignInWay.OPERATOR_SIGN_IN, Optional.empty(), Optional.of(String.valueOf(email)),
                clientAddress);
    }

    public static SignInAttempt apiToken(String clientAddress) {
        return new SignInAttempt(SignInWay.API_TOKEN, Optional.empty(), Optional.empty(), clientAddress);
    }

    /** What the account counter is keyed by, if this way has accounts. */
    Optional<String> account() {
        return email.map(address -> tenantSlug.map(slug -> slug + "/" + address).orElse(address));
    }
}
