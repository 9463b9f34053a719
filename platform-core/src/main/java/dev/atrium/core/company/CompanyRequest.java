package dev.atrium.core.company;

/**
 * A change of the company's settings; every field is checked by {@link CompanyService}, which names each bad
 * one in a single 400.
 *
 * @param country an ISO 3166 code; left out, the country the locale names (fr-BE: BE), if it names one
 */
record CompanyRequest(String name, String legalName, String address, String country, String taxId, String defaultCurrency,
        String locale, String timeZone, Integer fiscalYearMonth, Integer fiscalYearDay) {
}
