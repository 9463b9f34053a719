package dev.atrium.admin.operator;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class OperatorSignInController {

    @GetMapping("/admin/login")
    String signIn() {
        return "admin/login";
    }

    @GetMapping({"/admin", "/admin/"})
    String home() {
        return "redirect:/admin/tenants";
    }
}
