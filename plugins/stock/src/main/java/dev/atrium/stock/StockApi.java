package dev.atrium.stock;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** What the module offers through the API today: nothing yet, and it says so. */
@RestController
class StockApi {

    @GetMapping("/api/v1/stock/features")
    Features features() {
        return new Features("stock", List.of());
    }

    record Features(String module, List<String> available) {
    }
}
