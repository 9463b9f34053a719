package dev.atrium.core.sending;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/email-templates")
@PreAuthorize(EmailTemplates.SETUP_COMPANY)
@Tag(name = "Email templates", description = "The subject and message each kind of document is sent with. "
        + "Placeholders such as {invoice.number} are filled when a document is sent; nothing else is evaluated.")
class EmailTemplateApiController {

    private final EmailTemplates templates;

    EmailTemplateApiController(EmailTemplates templates) {
        this.templates = templates;
    }

    @GetMapping
    @Operation(summary = "The template of every kind of document",
            description = "The company's own (with its id) or, while it has none, the shipped one in the company's "
                    + "language (id null); each with the placeholders it may use.")
    List<EmailTemplateView> list() {
        return templates.list();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One of the company's own templates")
    EmailTemplateView get(@PathVariable long id) {
        return templates.get(id);
    }

    @PostMapping
    @Operation(summary = "Write the company's own template for a kind of document",
            description = "Refused with a 400 naming the field when the subject or message names a placeholder the "
                    + "kind does not offer; 409 email-template-exists when the kind has one already.")
    ResponseEntity<EmailTemplateView> create(@RequestBody EmailTemplateRequest request) {
        EmailTemplateView created = templates.create(request);
        return ResponseEntity.created(URI.create("/api/v1/email-templates/" + created.id())).body(created);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Rewrite one of the company's templates", description = "With the version read: a change "
            + "made meanwhile is refused (409). The kind stays.")
    EmailTemplateView change(@PathVariable long id, @RequestBody EmailTemplateRequest request) {
        return templates.change(id, request);
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Go back to the shipped template", description = "The company's own is deleted.")
    ResponseEntity<Void> reset(@PathVariable long id) {
        templates.reset(id);
        return ResponseEntity.noContent().build();
    }
}
