package dev.atrium.stock;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class StockPages {

    private final MessageSource messages;

    StockPages(MessageSource messages) {
        this.messages = messages;
    }

    @GetMapping("/t/{slug}/stock")
    String stock(Model model, Locale locale) {
        model.addAttribute("moduleName", messages.getMessage("stock.module.name", null, locale));
        model.addAttribute("coming", messages.getMessage("stock.coming", null, locale));
        return "modules/coming-soon";
    }
}
