package dev.atrium.core.sending;

import dev.atrium.core.problem.ProblemTexts;
import dev.atrium.plugin.problem.FieldError;
import dev.atrium.plugin.problem.StorableText;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A tenant's template for one kind of document, as written or changed.
 *
 * @param kind    the kind of document, when creating ({@code invoice}); ignored when changing
 * @param subject one line of 1 to 200 characters
 * @param body    plain text of 1 to 10,000 characters
 * @param version the version read, when changing (a change made meanwhile is refused)
 */
record EmailTemplateRequest(@Schema(example = "invoice") String kind,
        @Schema(example = "Invoice {invoice.number} from {company.name}", maxLength = MAX_SUBJECT) String subject,
        @Schema(example = "Hello {party.name},\n\nPlease find attached invoice {invoice.number} of {invoice.total}, "
                + "due on {invoice.due-date}.\n\n{sender.name}", maxLength = MAX_BODY) String body,
        @Schema(description = "The version read; required when changing") Long version) {

    static final int MAX_SUBJECT = 200;
    static final int MAX_BODY = 10_000;

    EmailTemplateRequest {
        subject = subject == null ? "" : subject.strip();
        body = body == null ? "" : body.strip();
    }

    /** Every bad field, each placeholder the kind does not offer named, for one 400. */
    List<FieldError> errors(Set<String> offered, boolean change) {
        List<FieldError> errors = new ArrayList<>();
        text("subject", subject, MAX_SUBJECT, offered, errors);
        if (subject.indexOf('\r') >= 0 || subject.indexOf('\n') >= 0) {
            errors.add(new FieldError("subject", "{sending.problem.one-line}"));
        }
        text("body", body, MAX_BODY, offered, errors);
        if (change && version == null) {
            errors.add(new FieldError("version", "{sending.problem.version}"));
        }
        return errors;
    }

    private static void text(String field, String value, int max, Set<String> offered, List<FieldError> errors) {
        if (value.isEmpty()) {
            errors.add(new FieldError(field, "{problem.field.not-blank}"));
            return;
        }
        if (value.length() > max) {
            errors.add(new FieldError(field, ProblemTexts.key("problem.field.max-characters", max)));
            return;
        }
        StorableText.offence(value).ifPresent(offence -> errors.add(new FieldError(field, offence)));
        List<String> unknown = Placeholders.named(value).stream().filter(name -> !offered.contains(name)).toList();
        if (!unknown.isEmpty()) {
            errors.add(new FieldError(field,
                    ProblemTexts.key("sending.problem.unknown-placeholder", String.join(", ", unknown))));
        }
    }
}
