/**
 * Proposals (quotes) to a third party: their lines and totals, their life from draft to approved or rejected,
 * and what an approved one offers the features after it in the chain ({@link ApprovedProposals}). The line
 * figures every later sales document copies live here too ({@link SalesLine}, {@link LineRequest}), so an order
 * or an invoice made from a proposal carries the same amounts.
 */
@ApplicationModule(displayName = "Proposals",
        allowedDependencies = {"catalog", "link", "principal", "print", "problem", "sales", "sending", "tax", "web"})
package dev.atrium.core.proposal;

import org.springframework.modulith.ApplicationModule;
