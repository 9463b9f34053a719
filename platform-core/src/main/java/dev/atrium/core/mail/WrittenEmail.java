package dev.atrium.core.mail;

import java.util.List;
import java.util.Objects;

/**
 * An email whose words a person has already written (a document sent from its page), sent as plain text as it
 * is: unlike {@link Email}, nothing of it goes through a template. Its addresses and subject become headers, so
 * a line break in any of them is refused here, whatever the caller checked before: a header is never injected.
 *
 * @param to          the recipients, at least one
 * @param cc          the copies, possibly none
 * @param replyTo     where answers go (the sender's own address), or null for the deployment's
 * @param attachments files sent with it, possibly none
 */
public record WrittenEmail(List<String> to, List<String> cc, String replyTo, String subject, String text,
        List<Attachment> attachments) {

    public WrittenEmail {
        to = List.copyOf(to);
        cc = List.copyOf(cc);
        attachments = List.copyOf(attachments);
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(text, "text");
        if (to.isEmpty()) {
            throw new IllegalArgumentException("An email goes to someone");
        }
        if (breaksALine(subject) || (replyTo != null && breaksALine(replyTo))
                || to.stream().anyMatch(WrittenEmail::breaksALine) || cc.stream().anyMatch(WrittenEmail::breaksALine)) {
            throw new IllegalArgumentException("An address or a subject is one line");
        }
    }

    static boolean breaksALine(String header) {
        return header.indexOf('\r') >= 0 || header.indexOf('\n') >= 0;
    }
}
