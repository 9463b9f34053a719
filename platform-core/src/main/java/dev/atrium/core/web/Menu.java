package dev.atrium.core.web;

import dev.atrium.core.principal.AtriumPrincipal;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * The main menu of a signed-in user: the declared entries they may use, and
 * what contributors add (modules). Entries whose path lies under
 * {@code /setup/} form the Setup group, wherever they are declared, so a
 * module's setup page joins Company, Users and Modules by its path alone.
 */
@Component
public class Menu {

    static final String SETUP_PATH = "/setup/";

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

    /**
     * The menu as the layout draws it on the page at {@code path} (below the
     * tenant's root): the main entries, the Setup group, and which one entry
     * is the current page's (the longest path the page lies under).
     */
    View view(AtriumPrincipal user, String path) {
        List<MenuLink> links = of(user);
        String current = links.stream()
                .filter(link -> path.equals(link.path()) || path.startsWith(link.path() + "/"))
                .max(Comparator.comparingInt(link -> link.path().length()))
                .map(MenuLink::key).orElse(null);
        return new View(links.stream().filter(link -> !link.path().startsWith(SETUP_PATH)).toList(),
                links.stream().filter(link -> link.path().startsWith(SETUP_PATH)).toList(), current);
    }

    /**
     * @param main    the business entries, in order
     * @param setup   the Setup group's entries, in order; empty for a user who may set nothing up
     * @param current the key of the current page's entry, or {@code null}
     */
    public record View(List<MenuLink> main, List<MenuLink> setup, String current) {

        public boolean inSetup() {
            return setup.stream().anyMatch(link -> link.key().equals(current));
        }
    }
}
