/**
 * Sales orders: what an approved proposal becomes, or an order written directly; numbered at validation, delivered,
 * and invoiced whole or line by line through the invoices' drafts, each line never beyond its quantity. Also where
 * an approved proposal turns into an order or straight into a draft invoice, since both conversions follow the
 * proposal in the chain.
 */
@ApplicationModule(displayName = "Sales orders",
        allowedDependencies = {"invoice", "link", "principal", "print", "problem", "proposal", "sales", "sending",
                "web"})
package dev.atrium.core.order;

import org.springframework.modulith.ApplicationModule;
