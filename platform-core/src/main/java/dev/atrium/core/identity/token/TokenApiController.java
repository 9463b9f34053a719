package dev.atrium.core.identity.token;

import io.swagger.v3.oas.annotations.Operation;
import dev.atrium.core.principal.AtriumPrincipal;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/me/tokens")
@Tag(name = "API tokens", description = "The signed-in user's personal API tokens")
class TokenApiController {

    private final ApiTokenService tokens;

    TokenApiController(ApiTokenService tokens) {
        this.tokens = tokens;
    }

    @GetMapping
    @Operation(summary = "List your API tokens")
    List<TokenSummary> list(@AuthenticationPrincipal AtriumPrincipal me) {
        return tokens.list(me);
    }

    /** The answer holds the token's secret: the only time it is ever shown. */
    @PostMapping
    @Operation(summary = "Create an API token, shown once")
    @ResponseStatus(HttpStatus.CREATED)
    IssuedToken issue(@AuthenticationPrincipal AtriumPrincipal me, @Valid @RequestBody NewTokenRequest request) {
        return tokens.issue(me, request.name().trim());
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Revoke one of your API tokens")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revoke(@AuthenticationPrincipal AtriumPrincipal me, @PathVariable long id) {
        tokens.revoke(me, id);
    }
}
