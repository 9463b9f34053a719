package dev.atrium.core.print;

import dev.atrium.core.company.CompanySettings;
import java.util.List;

/**
 * The seller as its documents present it, from the bound tenant's company settings: the legal name falls back to
 * the company's name, the address is printed one line per line the company wrote, and a blank tax id prints none.
 *
 * @param taxId {@code null} when the company has given none
 */
record Letterhead(String name, String legalName, List<String> addressLines, String taxId) {

    static Letterhead of(CompanySettings company) {
        String legalName = blank(company.legalName()) ? company.name() : company.legalName().strip();
        List<String> address = company.address() == null ? List.of()
                : company.address().lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
        return new Letterhead(company.name(), legalName, address, blank(company.taxId()) ? null : company.taxId().strip());
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
