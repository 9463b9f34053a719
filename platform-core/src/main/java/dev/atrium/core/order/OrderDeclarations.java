package dev.atrium.core.order;

import dev.atrium.core.principal.CorePermissions;
import dev.atrium.core.web.MenuLink;
import dev.atrium.plugin.numbering.NumberReset;
import dev.atrium.plugin.numbering.NumberSeries;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The feature's menu entry, and the series orders take their reference from at validation (SO-2026-00001). */
@Configuration(proxyBeanMethods = false)
class OrderDeclarations {

    static final String SERIES = "core.order";

    @Bean
    static MenuLink ordersMenu() {
        return new MenuLink("orders", "Sales orders", "/orders", 30, CorePermissions.ORDER_READ);
    }

    @Bean
    NumberSeries orderNumbers() {
        return new NumberSeries(SERIES, "Sales orders", "SO", "{prefix}-{yyyy}-{seq:5}", NumberReset.YEARLY);
    }
}
