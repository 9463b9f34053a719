package dev.atrium.plugin.invoicing;

import dev.atrium.plugin.link.DocumentRef;

/**
 * Invoices for what a module sells: the host implements it, a module injects it into its beans like
 * {@code Parties}. A module asks for a <strong>draft</strong> invoice for one of the tenant's customers; the tenant
 * checks, validates (the legal number comes then) and sends it from the invoice's page. Every line says where it
 * came from ({@link LineSource}: the module, its line, the period billed), so the invoice knows its origin and the
 * module can tell what it billed; the module hears what becomes of the invoice as host events
 * ({@code InvoiceValidated}, {@code InvoicePaid}, {@code InvoiceCredited}).
 *
 * <p>Every call carries an idempotency key, the module's name for <em>this</em> billing ({@code
 * contracts:line-42:2026-03}): a call retried after a timeout, a crash or by a second node at the same moment
 * returns the invoice the first made and adds nothing. The host holds the key under a unique constraint, so two
 * concurrent calls cannot both create; a call whose transaction rolled back leaves no key behind, so its retry
 * creates the invoice. Creating joins the caller's transaction (or runs in its own), so a module that marks its
 * lines billed in the same transaction marks them exactly when the invoice exists.
 *
 * <pre>{@code
 * @Transactional
 * public long bill(Contract contract, YearMonth month) {
 *     List<DraftInvoiceRequest.Line> lines = contract.activeLines().stream()
 *             .map(line -> new DraftInvoiceRequest.Line(line.getDescription(), null, line.getQuantity(), "month",
 *                     line.getUnitPrice(), null, new BigDecimal("20"), "VAT 20 %",
 *                     new LineSource("contracts", line.getId(), month.atDay(1), month.atEndOfMonth())))
 *             .toList();
 *     DraftInvoice invoice = invoicing.createDraft(new DraftInvoiceRequest(
 *             "contracts:" + contract.getId() + ":" + month, contract.getPartyId(), null, lines,
 *             List.of(new DocumentRef("contract", contract.getId()))));
 *     contract.billedUntil(month, invoice.invoiceId());      // same transaction: billed exactly when invoiced
 *     return invoice.invoiceId();
 * }
 *
 * @EventListener
 * public void on(InvoiceValidated event) { register.invoiced(event.invoiceId(), event.number()); }
 * }</pre>
 */
public interface Invoicing {

    /** The type invoices are linked as, for {@code DocumentLinks}. */
    String INVOICE = "invoice";

    /**
     * A new draft invoice, or the one an earlier call with the same idempotency key made.
     *
     * @throws dev.atrium.plugin.problem.ProblemException a 400 naming every bad field ({@code lines[1].source});
     *         a 404 when the bound tenant has no such party or linked document, a 409 when the party is archived
     *         or no customer, or when the key was used before for a different request. Nothing is written then.
     */
    DraftInvoice createDraft(DraftInvoiceRequest request);

    /**
     * Where one of the tenant's invoices stands now.
     *
     * @throws dev.atrium.plugin.problem.NotFoundException when the bound tenant has no such invoice
     */
    InvoiceState state(long invoiceId);

    /** The invoice as a document to link: {@code links.link(invoicing.document(id), contractRef)}. */
    default DocumentRef document(long invoiceId) {
        return new DocumentRef(INVOICE, invoiceId);
    }
}
