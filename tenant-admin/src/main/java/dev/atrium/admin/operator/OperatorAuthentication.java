package dev.atrium.admin.operator;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/**
 * Checks an operator's email and password, from the sign-in form or HTTP Basic.
 * Never a bean: as one, Spring Security would add it to the global
 * authentication manager the tenant chains fall back on.
 */
class OperatorAuthentication implements AuthenticationProvider {

    private final OperatorService operators;

    OperatorAuthentication(OperatorService operators) {
        this.operators = operators;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String email = String.valueOf(authentication.getName());
        String password = String.valueOf(authentication.getCredentials());
        OperatorPrincipal operator = operators.authenticate(email, password)
                .orElseThrow(() -> new BadCredentialsException("Wrong email or password."));
        return UsernamePasswordAuthenticationToken.authenticated(operator, null, OperatorPrincipal.AUTHORITIES);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
