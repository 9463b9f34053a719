/**
 * What every sales document (proposal, order, invoice, credit note) shares: how a line's amounts follow from
 * its quantity, unit price, discount and tax rate, and how a document's totals and tax summary follow from its
 * lines. One place, so that a proposal converted into an invoice carries exactly the same amounts.
 */
@ApplicationModule(displayName = "Sales documents", allowedDependencies = {})
package dev.atrium.core.sales;

import org.springframework.modulith.ApplicationModule;
