/**
 * Invoices and credit notes: drafts edited freely, a legal number taken at validation, then frozen down to the
 * database; payments applied to them and credit notes correcting them. Other features create drafts through
 * {@link dev.atrium.core.invoice.InvoiceDrafts} and apply payments through
 * {@link dev.atrium.core.invoice.InvoicePayments}.
 */
@ApplicationModule(displayName = "Invoices",
        allowedDependencies = {"catalog", "party", "principal", "problem", "sales", "tax", "tenancy",
                "web"})
package dev.atrium.core.invoice;

import org.springframework.modulith.ApplicationModule;
