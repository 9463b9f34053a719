package dev.atrium.core.home;

import dev.atrium.core.principal.AtriumPrincipal;
import dev.atrium.core.tenant.TenantService;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** A tenant's start page once signed in. */
@Controller
class HomePageController {

    private final TenantService tenants;

    HomePageController(TenantService tenants) {
        this.tenants = tenants;
    }

    @GetMapping({"/t/{slug}", "/t/{slug}/"})
    String home(@AuthenticationPrincipal AtriumPrincipal me, Model model) {
        model.addAttribute("tenant", tenants.get(me.tenantId()));
        return "home/home";
    }
}
