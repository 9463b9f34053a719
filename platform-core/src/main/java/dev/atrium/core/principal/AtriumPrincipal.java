package dev.atrium.core.principal;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** Who is signed in, and for which tenant: the only source of a request's tenant. */
public record AtriumPrincipal(long userId, long tenantId, String tenantSlug, String email, String displayName,
        Role role) implements Serializable {

    public boolean hasPermission(String permission) {
        return role.corePermissions().contains(permission);
    }

    public Collection<GrantedAuthority> authorities() {
        List<GrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new SimpleGrantedAuthority("ROLE_" + role.name()));
        role.corePermissions().forEach(permission -> authorities.add(new SimpleGrantedAuthority(permission)));
        return authorities;
    }
}
