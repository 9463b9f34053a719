package dev.atrium.app;

import dev.atrium.core.problem.ProblemResponses;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

@org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication
@Configuration(proxyBeanMethods = false)
class NodeRolesConfiguration {

    @Bean
    Set<NodeRole> nodeRoles(@Value("${atrium.roles:}") String roles) {
        return NodeRole.parse(roles);
    }

    @Bean
    FilterRegistrationBean<NodeRoleFilter> nodeRoleFilter(Set<NodeRole> nodeRoles, ProblemResponses problems) {
        FilterRegistrationBean<NodeRoleFilter> registration =
                new FilterRegistrationBean<>(new NodeRoleFilter(nodeRoles, problems));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }
}
