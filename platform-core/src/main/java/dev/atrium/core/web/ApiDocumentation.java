package dev.atrium.core.web;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import org.springframework.context.annotation.Configuration;

/**
 * What {@code /v3/api-docs} says of the API as a whole, so the browsable UI's
 * "Authorize" takes a personal API token (tenant API) or an operator's
 * credentials (the operator API, whose controllers name {@code operator}).
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
}
