package dev.atrium.core.company;

/**
 * A change of the company's settings; every field is checked by {@link CompanyService}, which names each bad
 * one in a single 400.
 */
record CompanyRequest(String name, String legalName, String address, String taxId, String defaultCurrency,
        String locale, String timeZone, Integer fiscalYearMonth, Integer fiscalYearDay) {
}
