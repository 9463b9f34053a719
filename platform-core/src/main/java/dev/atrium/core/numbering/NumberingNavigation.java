package dev.atrium.core.numbering;

import dev.atrium.core.principal.AtriumPrincipal;
import dev.atrium.core.principal.CorePermissions;
import dev.atrium.core.web.MenuLink;
import dev.atrium.core.web.NavigationContributor;
import java.util.List;
import org.springframework.stereotype.Component;

/** The way to Setup > Numbering, for those who may change it. */
@Component
class NumberingNavigation implements NavigationContributor {

    private static final int SETUP_NUMBERING_ORDER = 920;

    @Override
    public List<MenuLink> links(AtriumPrincipal user) {
        return user.hasPermission(CorePermissions.SETUP_NUMBERING)
                ? List.of(new MenuLink("setup-numbering", "Numbering", "/setup/numbering", SETUP_NUMBERING_ORDER))
                : List.of();
    }
}
