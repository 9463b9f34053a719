package dev.atrium.stock;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class StockPages {

    @GetMapping("/t/{slug}/stock")
    String stock(Model model) {
        model.addAttribute("moduleName", "Stock");
        model.addAttribute("coming", "Warehouses, stock levels and movements");
        return "modules/coming-soon";
    }
}
