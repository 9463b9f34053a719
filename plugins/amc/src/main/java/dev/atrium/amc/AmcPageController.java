package dev.atrium.amc;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class AmcPageController {

    private final MaintenanceService maintenance;

    AmcPageController(MaintenanceService maintenance) {
        this.maintenance = maintenance;
    }

    @GetMapping("/t/{slug}/amc")
    @PreAuthorize("hasAuthority('amc:read')")
    String customers(@PathVariable String slug, Model model) {
        model.addAttribute("slug", slug);
        model.addAttribute("customers", maintenance.customers());
        return "amc/index";
    }

    @GetMapping("/t/{slug}/amc/customers/{thirdPartyId}")
    @PreAuthorize("hasAuthority('amc:read')")
    String candidates(@PathVariable String slug, @PathVariable long thirdPartyId, Model model) {
        model.addAttribute("slug", slug);
        model.addAttribute("candidates", maintenance.candidatesFor(thirdPartyId));
        return "amc/customer";
    }
}
