package dev.atrium.core.setup;

import dev.atrium.core.principal.AtriumPrincipal;
import dev.atrium.core.principal.CorePermissions;
import dev.atrium.core.web.MenuLink;
import dev.atrium.core.web.NavigationContributor;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The way to Setup > Users, whose pages live in {@code identity}. It sits here
 * because the menu already depends on {@code identity} for the signed-in
 * principal: a contributor inside {@code identity} would close a package cycle.
 */
@Component
class UserNavigation implements NavigationContributor {

    private static final int SETUP_USERS_ORDER = 910;

    @Override
    public List<MenuLink> links(AtriumPrincipal user) {
        return user.hasPermission(CorePermissions.SETUP_USERS)
                ? List.of(new MenuLink("setup-users", "Users", "/setup/users", SETUP_USERS_ORDER))
                : List.of();
    }
}
