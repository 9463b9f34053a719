package dev.atrium.admin.operator;

import dev.atrium.core.identity.throttle.LockedOut;
import dev.atrium.core.identity.throttle.SignInAttempt;
import dev.atrium.core.identity.throttle.SignInThrottle;
import dev.atrium.core.identity.throttle.ThrottledAuthentication;
import dev.atrium.core.identity.throttle.TooManyAttemptsException;
import dev.atrium.core.identity.throttle.TooManyAttemptsProblem;
import dev.atrium.core.problem.ProblemResponses;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;

/**
 * The operator console's own way in, ahead of the tenant chains (orders 20
 * and 30): HTTP Basic on {@code /admin/api/**} (stateless, no CSRF), a sign-in
 * form with session and CSRF on the {@code /admin} pages. Only operators pass,
 * checked against the operator table alone, and the operator's security
 * context is kept under its own session key: a tenant chain never loads it,
 * and the console never loads a tenant user's.
 */
@ConditionalOnWebApplication
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AdminProperties.class)
class OperatorSecurityConfiguration {

    static final String CONTEXT_KEY = "ATRIUM_OPERATOR_SECURITY_CONTEXT";

    private static final String REALM = "Atrium operators";

    @Bean
    @Order(10)
    SecurityFilterChain operatorApiSecurity(HttpSecurity http, OperatorService operators, ProblemResponses problems,
            SignInThrottle throttle) throws Exception {
        AuthenticationEntryPoint unauthenticated = (request, response, e) -> {
            if (e instanceof TooManyAttemptsException locked) {
                TooManyAttemptsProblem.write(problems, response, locked);
                return;
            }
            response.setHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\"");
            problems.write(response, 401, "unauthenticated", "Authentication required",
                    "Send an operator's email and password with HTTP Basic authentication.");
        };
        return http
                .securityMatcher("/admin/api/**")
                .authenticationManager(operatorsOnly(operators, throttle))
                .authorizeHttpRequests(requests -> requests.anyRequest().access(new IsOperator()))
                .httpBasic(basic -> basic.realmName(REALM).authenticationEntryPoint(unauthenticated))
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint(unauthenticated)
                        .accessDeniedHandler((request, response, e) -> problems.write(response, 403, "forbidden",
                                "Forbidden", "Only operators may use the operator API.")))
                .build();
    }

    @Bean
    @Order(11)
    SecurityFilterChain operatorPageSecurity(HttpSecurity http, OperatorService operators, SignInThrottle throttle)
            throws Exception {
        HttpSessionSecurityContextRepository sessions = new HttpSessionSecurityContextRepository();
        sessions.setSpringSecurityContextKey(CONTEXT_KEY);
        return http
                .securityMatcher("/admin/**")
                .authenticationManager(operatorsOnly(operators, throttle))
                .securityContext(context -> context.securityContextRepository(new DelegatingSecurityContextRepository(
                        new RequestAttributeSecurityContextRepository(CONTEXT_KEY), sessions)))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/admin/login").permitAll()
                        .anyRequest().access(new IsOperator()))
                .formLogin(form -> form
                        .loginPage("/admin/login")
                        .usernameParameter("email")
                        .defaultSuccessUrl("/admin/tenants", true)
                        .failureHandler((request, response, e) -> response.sendRedirect(
                                e instanceof TooManyAttemptsException locked
                                        ? LockedOut.redirect("/admin/login", locked)
                                        : "/admin/login?error")))
                .logout(logout -> logout
                        .logoutUrl("/admin/logout")
                        .logoutSuccessUrl("/admin/login?logout"))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(signInPage()))
                .build();
    }

    /** To the sign-in page by its path: the default builds an absolute URL from the request's Host header. */
    private static AuthenticationEntryPoint signInPage() {
        LoginUrlAuthenticationEntryPoint signIn = new LoginUrlAuthenticationEntryPoint("/admin/login");
        signIn.setFavorRelativeUris(true);
        return signIn;
    }

    /** No parent manager: the tenant users' providers are never asked. Throttled, form and Basic alike. */
    private static AuthenticationManager operatorsOnly(OperatorService operators, SignInThrottle throttle) {
        return new ProviderManager(new ThrottledAuthentication(new OperatorAuthentication(operators), throttle,
                OperatorSecurityConfiguration::attemptOf));
    }

    private static Optional<SignInAttempt> attemptOf(Authentication authentication) {
        String address = authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : null;
        return Optional.of(SignInAttempt.operator(authentication.getName(), address));
    }

    /** By type, not by role name: a principal of any other kind never passes. */
    private static final class IsOperator implements AuthorizationManager<RequestAuthorizationContext> {
        @Override
        public AuthorizationResult authorize(Supplier<? extends Authentication> authentication,
                RequestAuthorizationContext context) {
            Authentication current = authentication.get();
            return new AuthorizationDecision(current != null && current.getPrincipal() instanceof OperatorPrincipal);
        }
    }
}
