package dev.atrium.amc;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class AmcPages {

    /** The host's page for a module whose features are still to come. */
    @GetMapping("/t/{slug}/amc")
    String maintenance(Model model) {
        model.addAttribute("moduleName", "Annual maintenance contracts");
        model.addAttribute("coming", "Maintenance contracts, visit planning and reminders");
        return "modules/coming-soon";
    }
}
