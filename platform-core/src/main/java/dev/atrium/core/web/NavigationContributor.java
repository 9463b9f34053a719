package dev.atrium.core.web;

import dev.atrium.core.principal.AtriumPrincipal;
import java.util.List;

/**
 * Adds menu entries that are not known until a request: the active modules'.
 * A core feature's fixed entries are declared {@link MenuLink} beans instead.
 */
public interface NavigationContributor {

    List<MenuLink> links(AtriumPrincipal user);
}
