package dev.atrium.core.proposal;

import dev.atrium.core.principal.CorePermissions;
import dev.atrium.core.web.MenuLink;
import dev.atrium.plugin.numbering.NumberReset;
import dev.atrium.plugin.numbering.NumberSeries;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The feature's menu entry, and the series proposals are numbered from (PR-2026-00001, starting again yearly). */
@Configuration(proxyBeanMethods = false)
class ProposalDeclarations {

    static final String SERIES = "core.proposal";

    @Bean
    static MenuLink proposalsMenu() {
        return new MenuLink("proposals", "Proposals", "/proposals", 20, CorePermissions.PROPOSAL_READ);
    }

    @Bean
    NumberSeries proposalNumbers() {
        return new NumberSeries(SERIES, "Proposals", "PR", "{prefix}-{yyyy}-{seq:5}", NumberReset.YEARLY);
    }
}
