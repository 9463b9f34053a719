package dev.atrium.admin.tenants;

import dev.atrium.admin.operator.OperatorPrincipal;
import dev.atrium.core.provisioning.ProvisionedTenant;
import dev.atrium.plugin.problem.ProblemException;
import dev.atrium.core.provisioning.TenantProvisioningService;
import dev.atrium.core.tenant.TenantService;
import dev.atrium.core.tenant.TenantStatus;
import dev.atrium.core.web.ApiDocumentation;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

@RestController
@SecurityRequirement(name = ApiDocumentation.OPERATOR)
@RequestMapping("/admin/api/v1/tenants")
@Tag(name = "Operator: tenants", description = "Provision, suspend, resume, close and purge tenants "
        + "(HTTP Basic with an operator's credentials)")
class TenantApiController {

    private final TenantService tenants;
    private final TenantProvisioningService provisioning;

    TenantApiController(TenantService tenants, TenantProvisioningService provisioning) {
        this.tenants = tenants;
        this.provisioning = provisioning;
    }

    @PostMapping
    @Operation(summary = "Create a tenant with its owner")
    ResponseEntity<TenantView> create(@Valid @RequestBody NewTenantRequest request) {
        ProvisionedTenant created;
        try {
            created = provisioning.provision(request.tenant(), request.ownerEmail(), request.ownerName(),
                    request.ownerPassword());
        } catch (ProblemException refused) {
            throw OwnerPasswordRefusal.messages(refused).isEmpty() ? refused : OwnerPasswordRefusal.renamed(refused);
        }
        // A path, never the Host header the client sent.
        return ResponseEntity
                .created(UriComponentsBuilder.fromPath("/admin/api/v1/tenants/{id}").build(created.tenant().id()))
                .body(TenantView.of(created.tenant()));
    }

    @GetMapping
    @Operation(summary = "List tenants by slug, optionally only those with a status")
    List<TenantView> list(@RequestParam(required = false) TenantStatus status) {
        return TenantView.list(tenants, status);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One tenant")
    TenantView get(@PathVariable long id) {
        return TenantView.of(tenants.get(id));
    }

    @PostMapping("/{id}/suspend")
    @Operation(summary = "Suspend a tenant: its users are refused until it is resumed; its data stays")
    TenantView suspend(@PathVariable long id) {
        return TenantView.of(tenants.suspend(id));
    }

    @PostMapping("/{id}/resume")
    @Operation(summary = "Resume a suspended tenant")
    TenantView resume(@PathVariable long id) {
        return TenantView.of(tenants.resume(id));
    }

    @PostMapping("/{id}/close")
    @Operation(summary = "Close a tenant: nobody of it signs in again; its data is kept until its retention ends",
            description = "The answer's retainedUntil is the first day the tenant may be purged.")
    TenantView close(@PathVariable long id) {
        return TenantView.of(tenants.close(id));
    }

    @PostMapping("/{id}/purge")
    @Operation(summary = "Purge a closed tenant whose retention has ended: every row it owns, for good",
            description = "The body retypes the tenant's slug. Refused with 409 tenant-retention-running (naming "
                    + "the date) before the retention ends, and with 409 tenant-not-closed for an open tenant.")
    PurgeView purge(@PathVariable long id, @Valid @RequestBody PurgeTenantRequest request,
            @AuthenticationPrincipal OperatorPrincipal operator) {
        return PurgeView.of(tenants.purge(id, request.confirmation(), operator.email()));
    }
}
