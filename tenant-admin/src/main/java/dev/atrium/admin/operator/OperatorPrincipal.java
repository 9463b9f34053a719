package dev.atrium.admin.operator;

import java.io.Serializable;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * A signed-in operator. Deliberately not an {@code AtriumPrincipal}: it names
 * no tenant, so no tenant endpoint can ever take it for one of its users.
 */
public record OperatorPrincipal(long operatorId, String email) implements Serializable {

    static final List<GrantedAuthority> AUTHORITIES = List.of(new SimpleGrantedAuthority("ROLE_OPERATOR"));
}
