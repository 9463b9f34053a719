package dev.atrium.core.identity.user;

import dev.atrium.core.problem.Problems;
import java.nio.charset.StandardCharsets;

/**
 * What a password must be, whoever sets it: long enough to resist guessing,
 * short enough for BCrypt, which refuses more than 72 bytes.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_BYTES = 72;
    public static final String MESSAGE = "must be " + MIN_LENGTH + " to " + MAX_BYTES + " characters long";

    private PasswordPolicy() {
    }

    public static boolean acceptable(String password) {
        return password != null && password.length() >= MIN_LENGTH
                && password.getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES;
    }

    static void check(String password) {
        check("password", password);
    }

    static void check(String field, String password) {
        if (!acceptable(password)) {
            throw Problems.invalidField(field, MESSAGE);
        }
    }
}
