package dev.atrium.core.proposal;

import dev.atrium.core.sales.PricedLine;
import dev.atrium.plugin.money.Money;
import java.math.BigDecimal;

/**
 * A sales line's figures once checked: what a proposal, an order or an invoice line holds. The tax rate is kept
 * as its value and name, so a later change of the tenant's rates never changes a document.
 *
 * @param productId the catalog item it was written from, or {@code null} for free text
 */
public record LineTerms(Long productId, String label, String description, BigDecimal quantity, String unit,
        Money unitPrice, BigDecimal discountPercent, BigDecimal taxRate, String taxName) {

    public PricedLine priced() {
        return new PricedLine(quantity, unitPrice, discountPercent, taxRate);
    }

    /** The same figures for another quantity: what part of a line an invoice takes. */
    public LineTerms withQuantity(BigDecimal other) {
        return new LineTerms(productId, label, description, other, unit, unitPrice, discountPercent, taxRate,
                taxName);
    }
}
