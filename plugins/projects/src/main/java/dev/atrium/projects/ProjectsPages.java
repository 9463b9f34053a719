package dev.atrium.projects;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class ProjectsPages {

    private final MessageSource messages;

    ProjectsPages(MessageSource messages) {
        this.messages = messages;
    }

    @GetMapping("/t/{slug}/projects")
    String projects(Model model, Locale locale) {
        model.addAttribute("moduleName", messages.getMessage("projects.module.name", null, locale));
        model.addAttribute("coming", messages.getMessage("projects.coming", null, locale));
        return "modules/coming-soon";
    }
}
