package dev.atrium.admin.tenants;

import dev.atrium.core.identity.user.PasswordPolicy;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Currency;
import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** What a tenant's fields must be, beyond their size, each with the message a refusal carries. */
enum FieldRule {

    /** An upper-case ISO 4217 code the JDK knows. */
    CURRENCY_CODE("must be an ISO 4217 currency code, such as EUR",
            value -> value.matches("[A-Z]{3}") && parses(() -> Currency.getInstance(value))),

    /** A well-formed BCP 47 tag that names a language: {@code en-GB}, {@code fr}. */
    LANGUAGE_TAG("must be a BCP 47 language tag, such as en-GB", FieldRule::namesALanguage),

    TIME_ZONE_ID("must be a time zone id, such as Europe/Paris", value -> parses(() -> ZoneId.of(value))),

    OWNER_PASSWORD(PasswordPolicy.MESSAGE, PasswordPolicy::acceptable),

    /** Slugs that would clash with the platform's routes ({@code /admin}, {@code /api}) or host names. */
    UNRESERVED_SLUG("is reserved for the platform", FieldRule::unreserved);

    private static final Set<String> RESERVED_SLUGS = Set.of("admin", "api", "app", "assets", "atrium", "auth",
            "css", "docs", "error", "help", "js", "login", "logout", "mail", "operator", "root", "static",
            "status", "support", "swagger-ui", "system", "t", "v3", "webjars", "www");

    private final String message;
    private final Predicate<String> test;

    FieldRule(String message, Predicate<String> test) {
        this.message = message;
        this.test = test;
    }

    boolean accepts(String value) {
        return test.test(value);
    }

    String message() {
        return message;
    }

    private static boolean parses(Supplier<?> parsing) {
        try {
            parsing.get();
            return true;
        } catch (IllegalArgumentException | DateTimeException e) {
            return false;
        }
    }

    private static boolean unreserved(String slug) {
        return !RESERVED_SLUGS.contains(slug);
    }

    private static boolean namesALanguage(String value) {
        try {
            return !new Locale.Builder().setLanguageTag(value).build().getLanguage().isEmpty();
        } catch (IllformedLocaleException e) {
            return false;
        }
    }
}
