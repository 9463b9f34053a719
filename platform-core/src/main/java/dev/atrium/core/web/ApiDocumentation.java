package dev.atrium.core.web;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.models.GroupedOpenApi;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The API documents. The tenant API is {@code /v3/api-docs} (and its group
 * {@code /v3/api-docs/tenant}): what a company's users and integrations call
 * with a personal API token. The operator API, when the console is deployed,
 * is a document of its own ({@code /v3/api-docs/operator}), so a tenant's
 * developer never reads of provisioning, and the browsable UI offers both.
 */
@Configuration(proxyBeanMethods = false)
@OpenAPIDefinition(
        info = @Info(title = "Atrium API", version = "v1",
                description = "A tenant's API: authenticate with a personal API token created on your profile page. "
                        + "Errors are RFC 9457 problem+json with a stable type."),
        security = @SecurityRequirement(name = ApiDocumentation.TOKEN))
@SecurityScheme(name = ApiDocumentation.TOKEN, type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "A personal API token (atr_<company>_...), sent as Authorization: Bearer <token>")
@SecurityScheme(name = ApiDocumentation.OPERATOR, type = SecuritySchemeType.HTTP, scheme = "basic",
        description = "An operator's email and password (operator API only)")
public class ApiDocumentation {

    public static final String TOKEN = "token";
    public static final String OPERATOR = "operator";
    public static final String TENANT_API = "/api/**";

    @Bean
    GroupedOpenApi tenantApiDocument() {
        return GroupedOpenApi.builder().group("tenant").displayName("Tenant API").pathsToMatch(TENANT_API)
                .addOpenApiCustomizer(ApiDocumentation::keepTagsInUse).build();
    }

    /** The ungrouped {@code /v3/api-docs} (springdoc's default, which no group's paths bound) is the tenant API. */
    @Bean
    OpenApiCustomizer tenantApiOnlyInTheDefaultDocument() {
        return document -> {
            if (document.getPaths() != null) {
                document.getPaths().keySet().removeIf(path -> !path.startsWith("/api/"));
            }
            keepTagsInUse(document);
        };
    }

    /** Drops the tags no operation of the document carries: springdoc lists every controller's. */
    public static void keepTagsInUse(OpenAPI document) {
        if (document.getTags() == null || document.getPaths() == null) {
            return;
        }
        Set<String> used = document.getPaths().values().stream()
                .flatMap(path -> path.readOperations().stream())
                .map(Operation::getTags).filter(Objects::nonNull).flatMap(java.util.List::stream)
                .collect(Collectors.toSet());
        document.getTags().removeIf(tag -> !used.contains(tag.getName()));
    }
}
