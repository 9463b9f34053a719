package dev.atrium.core.module;

import dev.atrium.core.principal.AtriumPrincipal;
import dev.atrium.plugin.context.CurrentUser;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The plugin API's {@link CurrentUser}: the request's principal, read on each call. The permissions are the
 * request's authorities, which hold what the user's role holds now, modules' rights included.
 */
class HostCurrentUser implements CurrentUser {

    @Override
    public boolean signedIn() {
        return principal() != null;
    }

    @Override
    public long id() {
        return require().userId();
    }

    @Override
    public String email() {
        return require().email();
    }

    @Override
    public String displayName() {
        return require().displayName();
    }

    @Override
    public Set<String> permissions() {
        require();
        return SecurityContextHolder.getContext().getAuthentication().getAuthorities().stream()
                .map(GrantedAuthority::getAuthority).filter(name -> !name.startsWith("ROLE_"))
                .collect(Collectors.toUnmodifiableSet());
    }

    private static AtriumPrincipal principal() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof AtriumPrincipal user ? user : null;
    }

    private static AtriumPrincipal require() {
        AtriumPrincipal user = principal();
        if (user == null) {
            throw new IllegalStateException("No user is signed in on this thread");
        }
        return user;
    }
}
