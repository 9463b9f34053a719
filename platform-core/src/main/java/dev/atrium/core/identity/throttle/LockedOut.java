package dev.atrium.core.identity.throttle;

import java.util.Optional;

/**
 * The sign-in pages' side of a lockout: the failure handler redirects to {@code ?locked=N} (minutes), and the
 * page turns it back into the message. Only a plausible number becomes a message; anything else in the address
 * bar is ignored.
 */
public final class LockedOut {

    private static final long MAX_MINUTES = 7 * 24 * 60;

    private LockedOut() {
    }

    /** Where the sign-in page at {@code loginPath} says how long to wait. */
    public static String redirect(String loginPath, TooManyAttemptsException e) {
        return loginPath + "?locked=" + e.minutes();
    }

    public static Optional<String> message(String lockedParameter) {
        return minutes(lockedParameter).map(TooManyAttemptsException::message);
    }

    /** The minutes to wait, for a page that words them in its reader's language. */
    public static Optional<Long> minutes(String lockedParameter) {
        if (lockedParameter == null || !lockedParameter.matches("[0-9]{1,6}")) {
            return Optional.empty();
        }
        long minutes = Long.parseLong(lockedParameter);
        return minutes < 1 || minutes > MAX_MINUTES ? Optional.empty() : Optional.of(minutes);
    }
}
