package dev.atrium.core.order;

/**
 * The draft invoice an order or a proposal became.
 *
 * @param location where the invoice is read in the API
 */
record InvoiceCreated(long invoiceId, String location) {

    static InvoiceCreated of(long invoiceId) {
        return new InvoiceCreated(invoiceId, "/api/v1/invoices/" + invoiceId);
    }
}
