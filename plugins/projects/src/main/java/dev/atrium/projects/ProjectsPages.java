package dev.atrium.projects;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class ProjectsPages {

    @GetMapping("/t/{slug}/projects")
    String projects(Model model) {
        model.addAttribute("moduleName", "Projects");
        model.addAttribute("coming", "Projects, tasks and time sheets");
        return "modules/coming-soon";
    }
}
