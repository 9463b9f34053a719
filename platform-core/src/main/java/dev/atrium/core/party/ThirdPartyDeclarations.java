package dev.atrium.core.party;

import dev.atrium.core.principal.CorePermissions;
import dev.atrium.core.web.MenuLink;
import dev.atrium.plugin.list.ChoosableColumns;
import dev.atrium.plugin.numbering.NumberReset;
import dev.atrium.plugin.numbering.NumberSeries;
import java.util.List;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the feature declares to the rest of the host, as a module's descriptor
 * does: its menu entry, and the series automatic codes come from, in the
 * format codes have always had (C00001), one counter per relation, never
 * starting again; and the columns a user may choose for the list.
 */
@Configuration(proxyBeanMethods = false)
class ThirdPartyDeclarations {

    static final String CUSTOMER = "party.customer";
    static final String PROSPECT = "party.prospect";
    static final String SUPPLIER = "party.supplier";
    static final String OTHER = "party.other";

    private static final String CODE_PATTERN = "{prefix}{seq:5}";

    /** The list's columns, each headed {@code partylist.field.<key>}; the name, which links to the card, always. */
    static final ChoosableColumns LIST_COLUMNS = new ChoosableColumns("third-parties",
            List.of("code", "name", "salesRelation", "email", "phone", "taxId", "tags", "createdAt"),
            List.of("code", "name", "salesRelation", "email", "taxId", "tags", "createdAt"), Set.of("name"));

    @Bean
    static MenuLink thirdPartiesMenu() {
        return new MenuLink("third-parties", "Third parties", "/third-parties", 10, CorePermissions.THIRD_PARTY_READ);
    }

    @Bean
    static ChoosableColumns thirdPartyListColumns() {
        return LIST_COLUMNS;
    }

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
