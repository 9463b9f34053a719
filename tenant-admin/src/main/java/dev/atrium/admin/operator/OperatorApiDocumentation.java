package dev.atrium.admin.operator;

import dev.atrium.core.web.ApiDocumentation;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import java.util.List;
import org.springdoc.core.models.GroupedOpenApi;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The operator API's own document, {@code /v3/api-docs/operator}: provisioning and the tenants' lifecycle,
 * authenticated as an operator, apart from the tenant API a company's developers read.
 */
@Configuration(proxyBeanMethods = false)
class OperatorApiDocumentation {

    @Bean
    GroupedOpenApi operatorApiDocument() {
        return GroupedOpenApi.builder().group(ApiDocumentation.OPERATOR).displayName("Operator API")
                .pathsToMatch("/admin/api/**")
                .addOpenApiCustomizer(ApiDocumentation::keepTagsInUse)
                .addOpenApiCustomizer(document -> document
                        .info(new Info().title("Atrium operator API").version("v1").description(
                                "Provision and manage tenants: authenticate as an operator (HTTP Basic). "
                                        + "Errors are RFC 9457 problem+json with a stable type."))
                        .security(List.of(new SecurityRequirement().addList(ApiDocumentation.OPERATOR))))
                .build();
    }
}
