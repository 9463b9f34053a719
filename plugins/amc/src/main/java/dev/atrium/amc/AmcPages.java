package dev.atrium.amc;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The module's page; it says the features are still to come. */
@Controller
class AmcPages {

    @GetMapping("/t/{slug}/amc")
    String index() {
        return "amc/index";
    }
}
