package dev.atrium.core.identity.user;

/**
 * What users change of their own account: their name, and the language they read Atrium in.
 *
 * @param language {@code en} or {@code fr}; empty or null follows the company's language
 */
public record ProfileChange(String displayName, String language) {
}
