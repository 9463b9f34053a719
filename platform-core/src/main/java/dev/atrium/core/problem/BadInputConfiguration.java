package dev.atrium.core.problem;

import jakarta.servlet.http.HttpServletRequest;
import org.apache.catalina.Host;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import tools.jackson.databind.JacksonModule;

/**
 * Bad input answered where it is first seen, before any controller: text that
 * breaks {@link TextInput}'s rule, a request Spring Security's firewall
 * rejects, and one Tomcat refuses itself. Each is a 400 problem under
 * {@code /api/} and a friendly page elsewhere.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class BadInputConfiguration {

    @Bean
    JacksonModule textInputJsonModule() {
        return TextInputJson.module();
    }

    /** After the request id (so a refusal carries one) and character encoding, before security reads a field. */
    @Bean
    FilterRegistrationBean<StrictTextInputFilter> strictTextInputFilter(ProblemResponses problems) {
        FilterRegistrationBean<StrictTextInputFilter> registration =
                new FilterRegistrationBean<>(new StrictTextInputFilter(problems));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    /** {@code %2F}, {@code %00}, {@code ..} and the like, as Spring Security's firewall refuses them. */
    @Bean
    RequestRejectedHandler problemForRejectedRequests(ProblemResponses problems) {
        return (request, response, rejected) -> {
            if (isApi(request)) {
                problems.write(response, 400, "bad-request", "Bad request",
                        "The request's address holds characters that are not allowed there.");
            } else {
                response.sendError(400);
            }
        };
    }

    /**
     * Puts {@link ProblemErrorReportValve} in the place of Tomcat's error report
     * (and of the one Boot adds), so even what the connector refuses answers
     * like the rest of the platform. Runs after Boot's own customizer.
     */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorReports() {
        return new ProblemErrorReports();
    }

    private static boolean isApi(HttpServletRequest request) {
        String path = request.getRequestURI();
        return path != null && (path.startsWith("/api/") || path.startsWith("/admin/api/"));
    }

    private static final class ProblemErrorReports
            implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

        @Override
        public void customize(TomcatServletWebServerFactory factory) {
            factory.addContextCustomizers(context -> {
                Host host = (Host) context.getParent();
                for (Valve valve : host.getPipeline().getValves()) {
                    if (valve instanceof ErrorReportValve && !(valve instanceof ProblemErrorReportValve)) {
                        host.getPipeline().removeValve(valve);
                    }
                }
                host.getPipeline().addValve(new ProblemErrorReportValve());
                // The host adds a valve of this class when it starts unless it finds one: it finds ours.
                if (host instanceof StandardHost standard) {
                    standard.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
                }
            });
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }
}
