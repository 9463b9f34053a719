package dev.atrium.core.web;

import dev.atrium.core.principal.AtriumPrincipal;
import java.util.List;

/**
 * Contributes entries to the main menu of the signed-in user's pages. A
 * feature or the module registry implements it; entries the user may not use
 * are simply not returned.
 */
public interface NavigationContributor {

    List<MenuLink> links(AtriumPrincipal user);
}
