package dev.atrium.core.web;

import dev.atrium.core.principal.AtriumPrincipal;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/** The main menu of a signed-in user: the declared entries they may use, and what contributors add (modules). */
@Component
public class Menu {

    private final List<MenuLink> declared;
    private final List<NavigationContributor> contributors;

    Menu(List<MenuLink> declared, List<NavigationContributor> contributors) {
        this.declared = declared;
        this.contributors = contributors;
    }

    public List<MenuLink> of(AtriumPrincipal user) {
        return Stream.concat(declared.stream().filter(link -> link.permission() == null
                                || user.hasPermission(link.permission())),
                        contributors.stream().flatMap(contributor -> contributor.links(user).stream()))
                .sorted(Comparator.comparingInt(MenuLink::order).thenComparing(MenuLink::label))
                .toList();
    }
}
