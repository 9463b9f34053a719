package dev.atrium.admin.operator;

import dev.atrium.core.identity.throttle.LockedOut;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class OperatorSignInPageController {

    @GetMapping("/admin/login")
    String signIn(@RequestParam(required = false) String locked, Model model) {
        LockedOut.message(locked).ifPresent(message -> model.addAttribute("lockedOut", message));
        return "admin/login";
    }

    @GetMapping({"/admin", "/admin/"})
    String home() {
        return "redirect:/admin/tenants";
    }
}
