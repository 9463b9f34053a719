package dev.atrium.core.invoice;

import dev.atrium.core.catalog.ProductView;
import dev.atrium.core.catalog.Products;
import dev.atrium.core.tax.TaxRateView;
import dev.atrium.core.tax.TaxRates;
import dev.atrium.plugin.problem.FieldError;
import dev.atrium.plugin.problem.NotFoundException;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Fills a line from the tenant's catalog and tax rates: what the line leaves empty comes from the product it
 * names (label, description, unit, unit price in the document's currency, tax rate), and a tax rate chosen by id
 * gives its value and name as they are now. The line keeps those copies, so a later change of the product or
 * the rate never changes a document. A product or rate the tenant does not have is a field error, like any other.
 */
@Component
class LineCatalog {

    private final Products products;
    private final TaxRates taxRates;

    LineCatalog(Products products, TaxRates taxRates) {
        this.products = products;
        this.taxRates = taxRates;
    }

    NewInvoice.Line complete(NewInvoice.Line line, Currency currency, String prefix, List<FieldError> errors) {
        String label = line.label();
        String description = line.description();
        String unit = line.unit();
        BigDecimal unitPrice = line.unitPrice();
        Long taxRateId = line.taxRateId();
        if (line.productId() != null) {
            Optional<ProductView> found = product(line.productId());
            if (found.isEmpty()) {
                errors.add(new FieldError(prefix + "productId", "{invoice.problem.product-unknown}"));
            } else {
                ProductView product = found.get();
                label = blank(label) ? product.label() : label;
                description = description == null ? product.description() : description;
                unit = unit == null ? product.unit() : unit;
                if (unitPrice == null) {
                    if (product.unitPrice().currency().equals(currency)) {
                        unitPrice = product.unitPrice().amount();
                    } else {
                        errors.add(new FieldError(prefix + "unitPrice", "{invoice.problem.product-currency}"));
                    }
                }
                if (taxRateId == null && line.taxRate() == null) {
                    taxRateId = product.taxRateId();
                }
            }
        }
        BigDecimal taxRate = line.taxRate();
        String taxName = line.taxName();
        if (taxRate == null || taxRateId != null) {
            Optional<TaxRateView> rate = taxRateId != null ? rate(taxRateId) : taxRates.defaultRate();
            if (rate.isEmpty() && taxRateId != null) {
                errors.add(new FieldError(prefix + "taxRateId", "{invoice.problem.tax-rate-unknown}"));
            } else if (rate.isPresent()) {
                taxRateId = rate.get().id();
                taxRate = taxRate == null ? rate.get().rate() : taxRate;
                taxName = blank(taxName) ? rate.get().name() : taxName;
            }
        }
        return new NewInvoice.Line(label, description, line.quantity(), unit, unitPrice, line.discountPercent(),
                taxRate, taxName, line.productId(), taxRateId);
    }

    private Optional<ProductView> product(long id) {
        try {
            return Optional.of(products.require(id));
        } catch (NotFoundException unknown) {
            return Optional.empty();
        }
    }

    private Optional<TaxRateView> rate(long id) {
        try {
            return Optional.of(taxRates.require(id));
        } catch (NotFoundException unknown) {
            return Optional.empty();
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
