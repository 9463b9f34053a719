package dev.atrium.core.company;

import java.util.Optional;

/**
 * The current tenant's country, as Setup > Company records it: where the company is established, so where the
 * addresses of the parties it records start.
 */
public interface CompanyCountry {

    /** An ISO 3166 code ({@code FR}), or empty while the company has none. */
    Optional<String> country();
}
