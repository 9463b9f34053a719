package dev.atrium.core.sending;

import dev.atrium.core.problem.ProblemTexts;
import dev.atrium.plugin.problem.FieldError;
import dev.atrium.plugin.problem.StorableText;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * An email about to be sent: as the send page prefilled it from the tenant's template, or as the person changed it.
 *
 * @param to      the recipient, one of the party's addresses or any other
 * @param cc      copies, possibly none
 * @param subject one line
 * @param message plain text, sent as written
 */
record SendRequest(@Schema(example = "accounts@saint-roch.example") String to,
        @Schema(description = "Copies; together with the recipient at most " + SendRequest.MAX_RECIPIENTS)
        List<String> cc,
        @Schema(example = "Invoice INV-2026-00012 from Acme", maxLength = SendRequest.MAX_SUBJECT) String subject,
        @Schema(maxLength = SendRequest.MAX_MESSAGE) String message) {

    static final int MAX_RECIPIENTS = 10;
    static final int MAX_SUBJECT = 200;
    static final int MAX_MESSAGE = 20_000;
    static final int MAX_ADDRESS = 254;

    /**
     * A plain address, nothing a mail header could read more into: no display name, no comment, no list, no
     * space or line break.
     */
    private static final Pattern ADDRESS = Pattern.compile(
            "[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
                    + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+");

    SendRequest {
        to = to == null ? "" : to.strip();
        cc = cc == null ? List.of() : cc.stream().map(copy -> copy == null ? "" : copy.strip())
                .filter(copy -> !copy.isEmpty()).toList();
        subject = subject == null ? "" : subject.strip();
        message = message == null ? "" : message.strip();
    }

    /** The copies as the send page's one field writes them: separated by commas, semicolons or spaces. */
    static List<String> copies(String field) {
        return field == null || field.isBlank() ? List.of() : List.of(field.strip().split("[,;\\s]+"));
    }

    /** Every bad field, for one 400; nothing is sent. */
    List<FieldError> errors() {
        List<FieldError> errors = new ArrayList<>();
        if (to.isEmpty()) {
            errors.add(new FieldError("to", "{problem.field.not-blank}"));
        } else if (!isAddress(to)) {
            errors.add(new FieldError("to", "{sending.problem.address}"));
        }
        cc.stream().filter(copy -> !isAddress(copy)).findFirst()
                .ifPresent(copy -> errors.add(new FieldError("cc", "{sending.problem.address}")));
        if (1 + cc.size() > MAX_RECIPIENTS) {
            errors.add(new FieldError("cc", ProblemTexts.key("sending.problem.recipients", MAX_RECIPIENTS)));
        }
        text("subject", subject, MAX_SUBJECT, errors);
        if (subject.indexOf('\r') >= 0 || subject.indexOf('\n') >= 0) {
            errors.add(new FieldError("subject", "{sending.problem.one-line}"));
        }
        text("message", message, MAX_MESSAGE, errors);
        return errors;
    }

    static boolean isAddress(String address) {
        return address.length() <= MAX_ADDRESS && ADDRESS.matcher(address).matches();
    }

    private static void text(String field, String value, int max, List<FieldError> errors) {
        if (value.isEmpty()) {
            errors.add(new FieldError(field, "{problem.field.not-blank}"));
        } else if (value.length() > max) {
            errors.add(new FieldError(field, ProblemTexts.key("problem.field.max-characters", max)));
        } else {
            StorableText.offence(value).ifPresent(offence -> errors.add(new FieldError(field, offence)));
        }
    }
}
