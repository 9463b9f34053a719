package dev.atrium.projects;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** What the module offers through the API today: nothing yet, and it says so. */
@RestController
class ProjectsApi {

    @GetMapping("/api/v1/projects/features")
    Features features() {
        return new Features("projects", List.of());
    }

    record Features(String module, List<String> available) {
    }
}
