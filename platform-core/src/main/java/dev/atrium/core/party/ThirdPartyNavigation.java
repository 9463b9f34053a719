package dev.atrium.core.party;

import dev.atrium.core.principal.AtriumPrincipal;
import dev.atrium.core.principal.CorePermissions;
import dev.atrium.core.web.MenuLink;
import dev.atrium.core.web.NavigationContributor;
import java.util.List;
import org.springframework.stereotype.Component;

@Component
class ThirdPartyNavigation implements NavigationContributor {

    @Override
    public List<MenuLink> links(AtriumPrincipal user) {
        return user.hasPermission(CorePermissions.THIRD_PARTY_READ)
                ? List.of(new MenuLink("third-parties", "Third parties", "/third-parties", 10))
                : List.of();
    }
}
