package dev.atrium.amc;

import io.swagger.v3.oas.annotations.Operation;
import dev.atrium.amc.MaintenanceService.MaintenanceCandidates;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
class AmcApiController {

    private final MaintenanceService maintenance;

    AmcApiController(MaintenanceService maintenance) {
        this.maintenance = maintenance;
    }

    /** The customer's running contracts with active lines, which maintenance could be sold on. */
    @GetMapping("/api/v1/amc/customers/{thirdPartyId}/contracts")
    @Operation(summary = "A customer's running contracts that maintenance can cover")
    @PreAuthorize("hasAuthority('amc:read')")
    MaintenanceCandidates candidates(@PathVariable long thirdPartyId) {
        return maintenance.candidatesFor(thirdPartyId);
    }
}
