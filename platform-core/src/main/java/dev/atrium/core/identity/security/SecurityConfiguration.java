package dev.atrium.core.identity.security;

import dev.atrium.core.identity.binding.TenantBindingFilter;
import dev.atrium.core.identity.user.TenantPasswordAuthentication;
import dev.atrium.core.identity.user.TenantSuspendedException;
import dev.atrium.core.identity.binding.TenantLoginDetails;
import dev.atrium.core.identity.binding.TenantPaths;
import dev.atrium.core.identity.token.ApiTokenAuthenticationFilter;
import dev.atrium.core.identity.token.ApiTokenCache;
import dev.atrium.core.identity.user.UserService;
import dev.atrium.core.principal.AtriumPrincipal;
import dev.atrium.core.identity.throttle.LockedOut;
import dev.atrium.core.identity.throttle.SignInAttempt;
import dev.atrium.core.identity.throttle.SignInThrottle;
import dev.atrium.core.identity.throttle.ThrottledAuthentication;
import dev.atrium.core.identity.throttle.TooManyAttemptsException;
import dev.atrium.core.tenant.TenantService;
import dev.atrium.core.problem.ProblemResponses;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.boot.actuate.autoconfigure.web.server.ManagementPortType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import dev.atrium.core.tenancy.TenantJdbc;
import org.springframework.core.env.Environment;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * Two ways in for tenant users: personal API tokens on {@code /api/**}
 * (stateless, no CSRF), and a session from a tenant's sign-in page for the
 * pages (CSRF on). Either way the request's tenant is the principal's.
 */
@org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    /** Open to anyone: the sign-in pages, "Forgot password?" and the pages password links open, static files. */
    static final String[] PUBLIC_PATHS = {"/", "/login", "/t/*/login", "/t/*/password/**", "/error", "/css/**",
        "/js/**", "/webjars/**", "/favicon.ico", "/actuator/health", "/actuator/health/**", "/actuator/info",
        "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html"};

    /**
     * No observation around every filter, authentication and authorization: they cost each request more than
     * its query and tell nothing the HTTP server's metrics and the audit do not.
     */
    @Bean
    static SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    TenantPasswordAuthentication tenantPasswordAuthentication(TenantService tenants, UserService users,
            PasswordEncoder passwordEncoder) {
        return new TenantPasswordAuthentication(tenants, users, passwordEncoder);
    }

    @Bean
    @Order(20)
    SecurityFilterChain apiSecurity(HttpSecurity http, TenantJdbc jdbc, ProblemResponses problems,
            SignInThrottle throttle, ApiTokenCache tokenCache)
            throws Exception {
        return http
                .securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .addFilterBefore(new ApiTokenAuthenticationFilter(jdbc, problems, throttle, tokenCache),
                        BasicAuthenticationFilter.class)
                .addFilterAfter(new TenantBindingFilter(jdbc, problems), AuthorizationFilter.class)
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint((request, response, e) -> problems.write(response, 401,
                                "unauthenticated", "Authentication required",
                                "Send a personal API token as 'Authorization: Bearer <token>'."))
                        .accessDeniedHandler((request, response, e) -> problems.write(response, 403, "forbidden",
                                "Forbidden", "Your role does not allow this action.")))
                .build();
    }

    @Bean
    @Order(30)
    SecurityFilterChain pageSecurity(HttpSecurity http, TenantPasswordAuthentication passwords, TenantJdbc jdbc,
            ProblemResponses problems, Clock clock, Environment environment,
            SignInThrottle throttle)
            throws Exception {
        boolean actuatorOnItsOwnPort = ManagementPortType.get(environment) == ManagementPortType.DIFFERENT;
        return http
                .authorizeHttpRequests(requests -> {
                    requests.requestMatchers(PUBLIC_PATHS).permitAll();
                    // On a management port of its own (the chart's pods), which no ingress routes, probes and
                    // scrapers read every exposed endpoint, and the application port answers /actuator/** with
                    // 404 instead of a sign-in redirect. Sharing the application port (the quick start), the
                    // metrics are nobody's to read.
                    if (actuatorOnItsOwnPort) {
                        requests.requestMatchers("/actuator/**").permitAll();
                    } else {
                        requests.requestMatchers("/actuator/**").denyAll();
                    }
                    requests.requestMatchers("/t/{slug}/**").access(new SameTenant())
                            .anyRequest().authenticated();
                })
                .authenticationProvider(
                        new ThrottledAuthentication(passwords, throttle, SecurityConfiguration::attemptOf))
                .formLogin(form -> form
                        .loginPage("/login")
                        .loginProcessingUrl("/t/*/login")
                        .usernameParameter("email")
                        .authenticationDetailsSource(request -> new TenantLoginDetails(slugOf(request), clock.instant(),
                                request.getRemoteAddr()))
                        .successHandler(new TenantHome())
                        .failureHandler(new BackToTenantLogin()))
                .logout(logout -> logout
                        .logoutRequestMatcher(PathPatternRequestMatcher.pathPattern(
                                org.springframework.http.HttpMethod.POST, "/t/*/logout"))
                        .logoutSuccessHandler((request, response, authentication) ->
                                response.sendRedirect("/t/" + slugOf(request) + "/login?logout")))
                .exceptionHandling(errors -> errors.authenticationEntryPoint((request, response, e) ->
                        response.sendRedirect(TenantPaths.slugOf(request.getRequestURI())
                                .map(slug -> "/t/" + slug + "/login")
                                .orElse("/login"))))
                .addFilterAfter(new TenantBindingFilter(jdbc, problems), AuthorizationFilter.class)
                .build();
    }

    private static Optional<SignInAttempt> attemptOf(Authentication authentication) {
        return authentication.getDetails() instanceof TenantLoginDetails details
                ? Optional.of(SignInAttempt.tenantUser(details.tenantSlug(), authentication.getName(),
                        details.clientAddress()))
                : Optional.empty();
    }

    private static String slugOf(HttpServletRequest request) {
        return TenantPaths.slugOf(request.getRequestURI()).orElse("");
    }

    /** A page under {@code /t/{slug}} is only for users of that tenant. */
    private static final class SameTenant implements AuthorizationManager<RequestAuthorizationContext> {
        @Override
        public AuthorizationResult authorize(Supplier<? extends Authentication> authentication,
                RequestAuthorizationContext context) {
            Authentication current = authentication.get();
            boolean granted = current != null && current.getPrincipal() instanceof AtriumPrincipal principal
                    && principal.tenantSlug().equals(context.getVariables().get("slug"));
            return new AuthorizationDecision(granted);
        }
    }

    private static final class TenantHome extends SavedRequestAwareAuthenticationSuccessHandler {
        TenantHome() {
            setRedirectStrategy(new PathRedirects());
        }

        @Override
        protected String determineTargetUrl(HttpServletRequest request,
                jakarta.servlet.http.HttpServletResponse response) {
            return "/t/" + slugOf(request) + "/";
        }
    }

    private static final class BackToTenantLogin extends SimpleUrlAuthenticationFailureHandler {
        @Override
        public void onAuthenticationFailure(HttpServletRequest request,
                jakarta.servlet.http.HttpServletResponse response,
                org.springframework.security.core.AuthenticationException exception)
                throws java.io.IOException {
            String login = "/t/" + slugOf(request) + "/login";
            response.sendRedirect(switch (exception) {
                case TenantSuspendedException suspended -> login + "?suspended";
                case org.springframework.security.authentication.DisabledException disabled -> login + "?disabled";
                case TooManyAttemptsException locked -> LockedOut.redirect(login, locked);
                default -> login + "?error";
            });
        }
    }
}
