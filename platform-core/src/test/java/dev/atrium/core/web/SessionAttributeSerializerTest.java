package dev.atrium.core.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.atrium.core.principal.AtriumPrincipal;
import dev.atrium.core.principal.Role;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.serializer.SerializationException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.csrf.DefaultCsrfToken;

class SessionAttributeSerializerTest {

    private final SessionAttributeSerializer serializer =
            new SessionAttributeSerializer(SessionAttributeSerializerTest.class.getClassLoader());

    @Test
    void aSignedInSecurityContextAndItsCsrfTokenComeBackFromRedisAsTheyWere() {
        AtriumPrincipal principal = new AtriumPrincipal(7, 3, "acme", "owner@acme.test", "Acme Owner", Role.OWNER);
        SecurityContextImpl context = new SecurityContextImpl(UsernamePasswordAuthenticationToken.authenticated(
                principal, null, principal.authorities()));
        DefaultCsrfToken csrf = new DefaultCsrfToken("X-CSRF-TOKEN", "_csrf", "token-value");

        SecurityContextImpl read = (SecurityContextImpl) serializer.deserialize(serializer.serialize(context));
        assertThat(read.getAuthentication().getPrincipal()).isEqualTo(principal);
        assertThat(read.getAuthentication().getAuthorities()).isEqualTo(context.getAuthentication().getAuthorities());
        assertThat(((DefaultCsrfToken) serializer.deserialize(serializer.serialize(csrf))).getToken())
                .isEqualTo("token-value");
    }

    @Test
    void anObjectOfAClassOutsideTheJdkSpringAndAtriumIsNeverBuilt() {
        List<Object> planted = new ArrayList<>(List.of(new org.opentest4j.AssertionFailedError("planted")));

        assertThatThrownBy(() -> serializer.deserialize(serializer.serialize(planted)))
                .isInstanceOf(SerializationException.class)
                .hasRootCauseInstanceOf(java.io.InvalidClassException.class);
    }
}
