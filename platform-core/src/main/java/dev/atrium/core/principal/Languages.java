package dev.atrium.core.principal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages Atrium's texts are written in, and where a request's chosen
 * one travels: the tenant binding reads the signed-in user's language (else
 * their company's) and leaves it on the request for the locale resolver.
 */
public final class Languages {

    /** Every bundle has each of these; the first is the fallback. */
    public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.FRENCH);

    /** The request attribute holding the signed-in user's {@link Locale}. */
    public static final String REQUEST_ATTRIBUTE = Languages.class.getName() + ".chosen";

    /** The request attribute holding the signed-in user's company's {@link java.time.ZoneId}. */
    public static final String ZONE_ATTRIBUTE = Languages.class.getName() + ".zone";

    private Languages() {
    }

    /** The supported language {@code tag} names (e.g. {@code fr} for {@code fr-BE}), if it is one. */
    public static Optional<Locale> supported(String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        String language = Locale.forLanguageTag(tag.strip()).getLanguage();
        return SUPPORTED.stream().filter(locale -> locale.getLanguage().equals(language)).findFirst();
    }

    /**
     * What a user reads and how numbers and dates look for them: their own language if they chose one, else
     * the company's, written for the company's country ({@code fr} in a company of {@code en-BE} is {@code fr-BE}).
     */
    public static Locale of(String userLanguage, String companyLocale) {
        Locale company = companyLocale == null ? Locale.ENGLISH : Locale.forLanguageTag(companyLocale);
        Locale language = supported(userLanguage).or(() -> supported(company.getLanguage())).orElse(SUPPORTED.getFirst());
        return company.getCountry().isEmpty() ? language
                : new Locale.Builder().setLanguage(language.getLanguage()).setRegion(company.getCountry()).build();
    }
}
