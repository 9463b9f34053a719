package dev.atrium.projects;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The module's page; it says the features are still to come. */
@Controller
class ProjectsPages {

    @GetMapping("/t/{slug}/projects")
    String index() {
        return "projects/index";
    }
}
