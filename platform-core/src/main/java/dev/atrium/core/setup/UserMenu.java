package dev.atrium.core.setup;

import dev.atrium.core.principal.CorePermissions;
import dev.atrium.core.web.MenuLink;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The menu entry of Setup > Users, whose pages live in {@code identity}. It is
 * declared here because the menu already depends on {@code identity} for the
 * signed-in principal: a declaration inside {@code identity} would close a package cycle.
 */
@Configuration(proxyBeanMethods = false)
class UserMenu {

    @Bean
    static MenuLink setupUsersMenu() {
        return new MenuLink("setup-users", "Users", "/setup/users", 910, CorePermissions.SETUP_USERS);
    }
}
