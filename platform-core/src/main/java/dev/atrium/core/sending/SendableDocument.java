package dev.atrium.core.sending;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What a kind of document tells of one of its documents for sending it.
 *
 * @param id            the document's id
 * @param partyId       the third party it is addressed to, whose contacts are offered as recipients
 * @param reference     how people name it ({@code INV-2026-00012}), shown on the send page
 * @param path          its page below the tenant's pages, without a leading slash ({@code invoices/12}), which
 *                      the send page links back to
 * @param values        the value of each of the kind's placeholders, as the recipient reads it (an amount
 *                      formatted, a date in the tenant's language); put in the email as text, never read again
 * @param pdf           the document as PDF, rendered only when the email is sent
 * @param notSendable   why it may not be sent now, as a message key in braces ({@code {invoice.send.draft}}),
 *                      or empty when it may
 */
public record SendableDocument(long id, long partyId, String reference, String path, Map<String, String> values,
        Pdf pdf,
        Optional<String> notSendable) {

    public SendableDocument {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(path, "path");
        values = Map.copyOf(values);
        Objects.requireNonNull(pdf, "pdf");
        Objects.requireNonNull(notSendable, "notSendable");
    }

    /** The PDF attached to the email: its file name and how to render it. */
    public record Pdf(String fileName, Supplier<byte[]> content) {

        public Pdf {
            Objects.requireNonNull(fileName, "fileName");
            Objects.requireNonNull(content, "content");
        }
    }
}
