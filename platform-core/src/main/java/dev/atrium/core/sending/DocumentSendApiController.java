package dev.atrium.core.sending;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * One address for sending every kind of document ({@code invoice}, {@code proposal}, {@code credit-note}, a
 * module's): the kind is a path segment, and the right checked is the kind's own ({@code invoice:send}).
 */
@RestController
@RequestMapping("/api/v1/documents/{kind}/{documentId}/send")
@Tag(name = "Sending", description = "Documents sent by email to their party, the PDF attached, from the "
        + "company's template for their kind")
class DocumentSendApiController {

    private final DocumentSending sending;

    DocumentSendApiController(DocumentSending sending) {
        this.sending = sending;
    }

    @GetMapping
    @Operation(summary = "The email a document would be sent with",
            description = "The party's addresses (the primary contact's first), and the subject and message of the "
                    + "company's template for the kind with their placeholders filled: a starting point to change "
                    + "before sending. notSendable says why the document may not be sent now, if so.")
    SendDraft draft(@PathVariable String kind, @PathVariable long documentId) {
        return sending.draft(kind, documentId);
    }

    @PostMapping
    @Operation(summary = "Send a document by email, its PDF attached",
            description = "The subject and message are sent as given, as plain text: nothing in them is "
                    + "substituted or evaluated. At most 10 addresses in all; an address is a plain one, without a "
                    + "name. The sending is recorded in the document's history (recipients and subject). Refused "
                    + "with 409 document-not-sendable when the document may not be sent now, 409 "
                    + "sending-not-configured when the deployment sends no email, and 503 mail-not-sent, recording "
                    + "nothing, when the mail server does not take it. A document may be sent again.")
    SentEmail send(@PathVariable String kind, @PathVariable long documentId, @RequestBody SendRequest request) {
        return sending.send(kind, documentId, request);
    }
}
