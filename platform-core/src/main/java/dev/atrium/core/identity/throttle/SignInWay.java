package dev.atrium.core.identity.throttle;

/** The ways in that are throttled, each with counters of its own. */
public enum SignInWay {
    /** A tenant's sign-in page, {@code /t/{slug}/login}. */
    TENANT_SIGN_IN("tenant"),
    /** The operator console: its sign-in form and HTTP Basic on its API. */
    OPERATOR_SIGN_IN("operator"),
    /** Personal API tokens on {@code /api/**}: counted per client address only. */
    API_TOKEN("api-token"),
    /**
     * "Forgot password?" on a tenant's sign-in page: every request counts, whether or not the email has an
     * account, so the limit tells nothing and nobody floods a mailbox with links.
     */
    PASSWORD_RESET("password-reset");

    final String keyPart;

    SignInWay(String keyPart) {
        this.keyPart = keyPart;
    }
}
