package dev.atrium.amc;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/** What the module offers today: a page and an API answer saying its features are still to come. */
@Controller
class AmcPages {

    @GetMapping("/t/{slug}/amc")
    String index() {
        return "amc/index";
    }

    @GetMapping("/api/v1/amc/features")
    @ResponseBody
    Features features() {
        return new Features("amc", List.of());
    }

    record Features(String module, List<String> available) {
    }
}
