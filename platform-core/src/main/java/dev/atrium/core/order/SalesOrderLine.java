package dev.atrium.core.order;

import dev.atrium.core.proposal.LineTerms;
import dev.atrium.core.proposal.SalesLine;
import dev.atrium.plugin.problem.RuleViolationException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.Map;

/**
 * One line of a sales order, and how much of it draft invoices have taken so far. The database refuses an
 * invoiced quantity beyond the line's, whatever the code does.
 */
@Entity
@Table(name = "sales_order_line")
class SalesOrderLine extends SalesLine {

    @Column(name = "invoiced_quantity")
    private BigDecimal invoicedQuantity = BigDecimal.ZERO;

    protected SalesOrderLine() {
    }

    SalesOrderLine(int lineNumber, LineTerms terms) {
        super(lineNumber, terms);
    }

    void change(LineTerms terms) {
        describe(terms);
    }

    void moveTo(int lineNumber) {
        renumber(lineNumber);
    }

    BigDecimal invoiced() {
        return invoicedQuantity;
    }

    BigDecimal remaining() {
        return terms().quantity().subtract(invoicedQuantity);
    }

    /** Takes {@code quantity} more of the line into an invoice; never past what is left. */
    void invoice(BigDecimal quantity) {
        if (quantity.signum() <= 0 || quantity.compareTo(remaining()) > 0) {
            throw new RuleViolationException("order-line-over-invoiced", "More than the line has left",
                    "Line " + lineNumber() + " has " + remaining().stripTrailingZeros().toPlainString()
                            + " left to invoice.", Map.of("line", lineNumber()));
        }
        invoicedQuantity = invoicedQuantity.add(quantity);
    }
}
