package dev.atrium.stock;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The module's page; it says the features are still to come. */
@Controller
class StockPages {

    @GetMapping("/t/{slug}/stock")
    String index() {
        return "stock/index";
    }
}
