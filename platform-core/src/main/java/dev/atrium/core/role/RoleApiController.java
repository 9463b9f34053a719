package dev.atrium.core.role;

import dev.atrium.core.principal.AtriumPrincipal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

@RestController
@RequestMapping("/api/v1/roles")
@PreAuthorize(RolePageController.SETUP_ROLES)
@Tag(name = "Roles", description = "The company's roles and the rights each holds, per feature and action")
class RoleApiController {

    private final RoleService roles;
    private final RightCatalog catalog;

    RoleApiController(RoleService roles, RightCatalog catalog) {
        this.roles = roles;
        this.catalog = catalog;
    }

    @GetMapping
    @Operation(summary = "List the company's roles", description = "The built-in roles (OWNER, ADMIN, MEMBER) "
            + "first, then the company's own, each with its rights and how many users hold it.")
    List<RoleView> list() {
        return roles.list();
    }

    @GetMapping("/rights")
    @Operation(summary = "List every right a role may hold", description = "Grouped by feature (the core's, then "
            + "each installed module's), with names in the caller's language.")
    List<RightCatalog.Group> rights() {
        Locale locale = LocaleContextHolder.getLocale();
        return catalog.groups(locale);
    }

    @GetMapping("/{role}")
    @Operation(summary = "One role with its rights")
    RoleView get(@PathVariable("role") String key) {
        return roles.get(key);
    }

    @PostMapping
    @Operation(summary = "Create a role", description = "A name and the rights it holds; its key is made from the "
            + "name. 201 with its Location; 409 when another role has the name; 400 for a right that does not exist.")
    ResponseEntity<RoleView> create(@Valid @RequestBody RoleRequest request) {
        RoleView created = roles.create(request);
        return ResponseEntity.created(UriComponentsBuilder.fromPath("/api/v1/roles/{role}").build(created.key()))
                .body(created);
    }

    @PutMapping("/{role}")
    @Operation(summary = "Rename a role and set its rights", description = "Every right it is to hold: what is not "
            + "listed, it no longer holds, from its users' next request on. The owner role always keeps setup:roles "
            + "and setup:users, and only an owner changes it.")
    RoleView change(@AuthenticationPrincipal AtriumPrincipal me, @PathVariable("role") String key,
            @Valid @RequestBody RoleRequest request) {
        return roles.change(me, key, request);
    }

    @DeleteMapping("/{role}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete a role of the company's own", description = "409 for a built-in role, or for a "
            + "role that users still hold (give them another one first).")
    void delete(@PathVariable("role") String key) {
        roles.delete(key);
    }
}
