package dev.atrium.core.sending;

import java.util.List;
import java.util.Optional;

/**
 * One kind of document that can be sent by email from its page: invoices, proposals, credit notes, and any
 * other kind that declares itself with one bean of this type. The sending feature does the rest: the tenant's
 * template for the kind (Setup → Email templates), the send page {@code /t/{slug}/documents/{kind}/{id}/send}
 * and its API, the recipients from the party's contacts, the PDF attached, the history entry.
 *
 * <p>Every call runs for the tenant bound to the thread, inside the sending's transaction:
 * {@link #find} must never answer another tenant's document.
 *
 * <pre>{@code
 * @Component
 * class InvoiceSending implements SendableDocuments {
 *     public String kind() { return "invoice"; }
 *
 *     public String right() { return CorePermissions.INVOICE_SEND; }
 *
 *     public List<String> placeholders() {
 *         return List.of("invoice.number", "invoice.total", "invoice.due-date");
 *     }
 *
 *     public Optional<SendableDocument> find(long id) {
 *         return invoices.find(id).map(invoice -> new SendableDocument(invoice.id(), invoice.partyId(),
 *                 invoice.number(), "invoices/" + invoice.id(), Map.of(
 *                         "invoice.number", invoice.number(),
 *                         "invoice.total", formats.money(invoice.total()),
 *                         "invoice.due-date", formats.date(invoice.dueDate())),
 *                 new SendableDocument.Pdf(invoice.number() + ".pdf", () -> printer.pdf(invoice)),
 *                 invoice.isDraft() ? Optional.of("{invoice.send.draft}") : Optional.empty()));
 *     }
 *
 *     public void sent(long id, String recipient) {
 *         invoices.recordSent(id, recipient);   // a proposal moves to Sent instead
 *     }
 * }
 * }</pre>
 *
 * <p>The kind's shipped templates are the messages {@code sending.default.<kind>.subject} and {@code .body} (the
 * core's kinds: proposal, order, invoice and credit note ship in this feature's bundle, which lists the
 * placeholders each must offer), else {@code <kind>.email.subject} and {@code .body} of the kind's own bundle
 * (with {@code <kind>.email.name}, what Setup → Email templates calls the kind), in English and French; they may use {@link #placeholders()} and {@link DocumentSending#COMMON_PLACEHOLDERS},
 * and the application refuses to start when they use another.
 */
public interface SendableDocuments {

    /**
     * The kind's name in paths, templates and history: lower-case letters, digits and dashes, unique across the
     * core and modules ({@code invoice}, {@code credit-note}). It is also the record type of the kind's history.
     */
    String kind();

    /** The right a user needs to send documents of this kind ({@code invoice:send}). */
    String right();

    /**
     * The placeholders this kind fills beyond the common ones, each {@code <word>.<word>} such as
     * {@code invoice.number}; the edit page lists them and a template naming another is refused.
     */
    List<String> placeholders();

    /** The bound tenant's document of this kind, or empty when it has none with this id. */
    Optional<SendableDocument> find(long id);

    /**
     * The email left for the mail server, in the same transaction as the history entry: what sending means for
     * the document (a proposal becomes Sent, an invoice records it). A refusal thrown here sends nothing.
     */
    void sent(long id, String recipient);
}
