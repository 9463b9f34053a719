package dev.atrium.amc;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** What the module offers through the API today: nothing yet, and it says so. */
@RestController
class AmcApi {

    @GetMapping("/api/v1/amc/features")
    Features features() {
        return new Features("amc", List.of());
    }

    record Features(String module, List<String> available) {
    }
}
