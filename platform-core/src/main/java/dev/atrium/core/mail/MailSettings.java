package dev.atrium.core.mail;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The deployment's sender address and the address people reach the application at. Links in emails are
 * built from {@code publicUrl} alone: one built from a request's Host header would let whoever asks for a
 * password reset choose where its link points.
 */
@ConfigurationProperties("atrium.mail")
record MailSettings(String from, String publicUrl) {

    boolean complete() {
        return from != null && !from.isBlank() && publicUrl != null && !publicUrl.isBlank();
    }

    String link(String path) {
        String base = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        return base + path;
    }
}
