package dev.atrium.contracts;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class ContractPages {

    private final ContractRegister register;

    ContractPages(ContractRegister register) {
        this.register = register;
    }

    @GetMapping("/t/{slug}/contracts")
    String index(@PathVariable String slug, Model model) {
        model.addAttribute("contracts", register.list());
        return "contracts/index";
    }
}
