package dev.atrium.stock;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/** What the module offers today: a page and an API answer saying its features are still to come. */
@Controller
class StockPages {

    @GetMapping("/t/{slug}/stock")
    String index() {
        return "stock/index";
    }

    @GetMapping("/api/v1/stock/features")
    @ResponseBody
    Features features() {
        return new Features("stock", List.of());
    }

    record Features(String module, List<String> available) {
    }
}
