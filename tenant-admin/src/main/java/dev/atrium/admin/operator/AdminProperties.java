package dev.atrium.admin.operator;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The first operator, from configuration ({@code ATRIUM_ADMIN_EMAIL},
 * {@code ATRIUM_ADMIN_PASSWORD}). Both blank: one is generated at the first
 * start of an empty platform and its password printed once.
 */
@ConfigurationProperties("atrium.admin")
record AdminProperties(String email, String password) {

    boolean configured() {
        return !blank(email) || !blank(password);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
