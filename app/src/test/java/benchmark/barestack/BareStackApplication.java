package benchmark.barestack;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The stack Atrium is built on and nothing of Atrium: Boot with the same starters (web MVC, JPA, security,
 * Thymeleaf, actuator, Flyway, springdoc), one entity, one repository and one controller, so that
 * {@code BootBenchmark} can show what our own code adds to the time from process start to readiness.
 * Outside {@code dev.atrium} on purpose: the application's component scan must never find it.
 */
@SpringBootApplication
@EnableJpaRepositories(considerNestedRepositories = true)
public class BareStackApplication {

    public static void main(String[] args) {
        SpringApplication.run(BareStackApplication.class, args);
    }

    @Entity
    public static class Note {
        @Id
        Long id;
        String text;
    }

    public interface Notes extends JpaRepository<Note, Long> {
    }

    @RestController
    static class NotesApi {

        private final Notes notes;

        NotesApi(Notes notes) {
            this.notes = notes;
        }

        @GetMapping("/api/notes")
        long count() {
            return notes.count();
        }
    }
}
