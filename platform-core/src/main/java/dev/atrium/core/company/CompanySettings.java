package dev.atrium.core.company;

/**
 * What the company says of itself, as the API and the setup page show it.
 *
 * @param country           an ISO 3166 code ({@code FR}), null while the company has none
 * @param locale            a language tag, {@code en}, {@code fr-FR}
 * @param fiscalYearMonth   1 to 12
 * @param confirmed         whether the owner has saved these once (the first sign-in asks until then)
 */
public record CompanySettings(String name, String legalName, String address, String country, String taxId, String defaultCurrency,
        String locale, String timeZone, int fiscalYearMonth, int fiscalYearDay, boolean confirmed, boolean hasLogo) {
}
