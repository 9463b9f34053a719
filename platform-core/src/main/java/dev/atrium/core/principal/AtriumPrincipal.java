package dev.atrium.core.principal;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * Who is signed in, and for which tenant: the only source of a request's tenant.
 *
 * @param role   the key of the user's role among their tenant's roles ({@code OWNER}, or one the tenant made)
 * @param rights what the role holds, the core's and the active modules' alike, as read for this request
 */
public record AtriumPrincipal(long userId, long tenantId, String tenantSlug, String email, String displayName,
        String role, Set<String> rights) implements Serializable {

    public AtriumPrincipal {
        rights = Set.copyOf(rights);
    }

    /** A user of a built-in role holding that role's default rights, until the request reads their own. */
    public AtriumPrincipal(long userId, long tenantId, String tenantSlug, String email, String displayName,
            Role role) {
        this(userId, tenantId, tenantSlug, email, displayName, role.key(), role.corePermissions());
    }

    public boolean hasPermission(String permission) {
        return rights.contains(permission);
    }

    /** Owners alone may touch owners; the policy of who changes whom reads it. */
    public boolean isOwner() {
        return Role.OWNER.key().equals(role);
    }

    /** The same user as the database has them now. */
    public AtriumPrincipal now(String currentDisplayName, String currentRole, Set<String> currentRights) {
        return new AtriumPrincipal(userId, tenantId, tenantSlug, email, currentDisplayName, currentRole,
                currentRights);
    }

    public Collection<GrantedAuthority> authorities() {
        List<GrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new SimpleGrantedAuthority("ROLE_" + role));
        rights.stream().sorted().forEach(right -> authorities.add(new SimpleGrantedAuthority(right)));
        return authorities;
    }
}
