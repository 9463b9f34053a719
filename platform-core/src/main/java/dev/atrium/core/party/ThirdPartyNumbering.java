package dev.atrium.core.party;

import dev.atrium.plugin.numbering.NumberReset;
import dev.atrium.plugin.numbering.NumberSeries;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The series automatic third-party codes come from, in the format codes have
 * always had (C00001): one counter per relation, never starting again.
 */
@Configuration(proxyBeanMethods = false)
class ThirdPartyNumbering {

    static final String CUSTOMER = "party.customer";
    static final String PROSPECT = "party.prospect";
    static final String SUPPLIER = "party.supplier";
    static final String OTHER = "party.other";

    private static final String CODE_PATTERN = "{prefix}{seq:5}";

    @Bean
    NumberSeries customerCodes() {
        return new NumberSeries(CUSTOMER, "Customer codes", "C", CODE_PATTERN, NumberReset.NEVER);
    }

    @Bean
    NumberSeries prospectCodes() {
        return new NumberSeries(PROSPECT, "Prospect codes", "P", CODE_PATTERN, NumberReset.NEVER);
    }

    @Bean
    NumberSeries supplierCodes() {
        return new NumberSeries(SUPPLIER, "Supplier codes", "S", CODE_PATTERN, NumberReset.NEVER);
    }

    @Bean
    NumberSeries otherPartyCodes() {
        return new NumberSeries(OTHER, "Other third-party codes", "T", CODE_PATTERN, NumberReset.NEVER);
    }
}
