package dev.atrium.core.link;

import dev.atrium.plugin.link.DocumentLinks.LinkedGroup;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/documents")
@Tag(name = "Linked documents", description = "What is linked to a document of the core or of a module, both ways")
class DocumentLinkApiController {

    private final HostDocumentLinks links;

    DocumentLinkApiController(HostDocumentLinks links) {
        this.links = links;
    }

    @GetMapping("/{documentType}/{documentId}/links")
    @Operation(summary = "The documents linked to a document, both ways, grouped by type", description = "Needs the "
            + "right to read the document's type; a linked document of a type the user may not read, or of a module "
            + "the tenant has not active, is left out.")
    List<LinkedGroup> linkedTo(
            @Parameter(description = "proposal, order, invoice, credit-note, or a module's type such as contract")
            @PathVariable String documentType, @PathVariable long documentId) {
        return links.linkedToForReader(documentType, documentId);
    }
}
