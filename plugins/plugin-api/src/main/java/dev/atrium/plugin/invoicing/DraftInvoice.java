package dev.atrium.plugin.invoicing;

/**
 * The draft a call to {@link Invoicing#createDraft} stands for.
 *
 * @param invoiceId the invoice's id in the tenant
 * @param created   true for the call that made it; false when an earlier call with the same key did
 */
public record DraftInvoice(long invoiceId, boolean created) {
}
