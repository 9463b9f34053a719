package dev.atrium.projects;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/** What the module offers today: a page and an API answer saying its features are still to come. */
@Controller
class ProjectsPages {

    @GetMapping("/t/{slug}/projects")
    String index() {
        return "projects/index";
    }

    @GetMapping("/api/v1/projects/features")
    @ResponseBody
    Features features() {
        return new Features("projects", List.of());
    }

    record Features(String module, List<String> available) {
    }
}
