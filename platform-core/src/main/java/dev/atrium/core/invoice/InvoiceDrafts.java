package dev.atrium.core.invoice;

/**
 * Creates draft invoices for the features that lead to one: a proposal or an order converted into an invoice,
 * and later a module's recurring billing. A draft is the tenant's to change, validate or abandon on the invoice
 * page; creating it takes no number.
 *
 * <pre>{@code
 * long invoiceId = drafts.createDraft(new NewInvoice(order.partyId(), order.currency(), null, null, order.notes(),
 *         order.lines().stream().map(line -> new NewInvoice.Line(line.label(), line.description(), line.quantity(),
 *                 line.unit(), line.unitPrice(), line.discountPercent(), line.taxRate(), line.taxName(),
 *                 line.productId())).toList(),
 *         new NewInvoice.Origin("order", order.id())));
 * }</pre>
 */
public interface InvoiceDrafts {

    /**
     * A new draft invoice, in the caller's transaction (or its own when there is none), and its id.
     *
     * @throws dev.atrium.plugin.problem.ProblemException a 400 naming every bad field ({@code lines[1].quantity});
     *         a 404 when the bound tenant has no such party, a 409 when it is archived or not a customer. Nothing
     *         is written then.
     */
    long createDraft(NewInvoice invoice);
}
