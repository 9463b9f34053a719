package dev.atrium.core.numbering;

import dev.atrium.plugin.numbering.NumberPattern;
import dev.atrium.plugin.numbering.NumberReset;
import dev.atrium.plugin.numbering.NumberSeries;

/**
 * A tenant's settings of one series: its stored row, or the declared defaults
 * while the tenant has neither taken a number nor changed anything.
 */
record TenantSeries(NumberSeries declared, String prefix, String pattern, NumberReset reset, boolean stored) {

    static TenantSeries defaults(NumberSeries declared) {
        return new TenantSeries(declared, declared.defaultPrefix(), declared.defaultPattern(),
                declared.defaultReset(), false);
    }

    NumberPattern parsedPattern() {
        return NumberPattern.parse(pattern);
    }
}
