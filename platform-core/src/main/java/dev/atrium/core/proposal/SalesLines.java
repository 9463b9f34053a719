package dev.atrium.core.proposal;

import dev.atrium.core.catalog.ProductView;
import dev.atrium.core.catalog.Products;
import dev.atrium.core.tax.TaxRateView;
import dev.atrium.core.tax.TaxRates;
import dev.atrium.plugin.problem.FieldError;
import dev.atrium.plugin.problem.ProblemException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fills a line from the catalog and the company's tax rates before it is checked: a product gives what the line
 * leaves out (label, description, unit, its price when priced in the document's currency, its rate), a chosen
 * rate gives its value and name, and a line naming no rate at all takes the company's default. The line then
 * keeps these figures as they are now, so a later change of the product or the rate changes no document.
 */
@Service
public class SalesLines {

    private final Products products;
    private final TaxRates taxRates;

    SalesLines(Products products, TaxRates taxRates) {
        this.products = products;
        this.taxRates = taxRates;
    }

    /**
     * {@code request} filled in; a product or a rate the company does not have (another tenant's reads the same)
     * is a 400 naming {@code prefix + productId} or {@code prefix + taxRateId}.
     */
    @Transactional(readOnly = true)
    public LineRequest resolved(LineRequest request, Currency currency, String prefix) {
        List<FieldError> errors = new ArrayList<>();
        Optional<ProductView> product = Optional.empty();
        if (request.productId() != null) {
            product = find(() -> products.require(request.productId()));
            if (product.isEmpty()) {
                errors.add(new FieldError(prefix + "productId", "{proposal.problem.product-unknown}"));
            }
        }
        Long rateId = request.taxRateId() != null ? request.taxRateId()
                : request.taxRate() == null ? product.map(ProductView::taxRateId).orElse(null) : null;
        Optional<TaxRateView> rate = Optional.empty();
        if (rateId != null) {
            rate = find(() -> taxRates.require(rateId));
            if (rate.isEmpty()) {
                errors.add(new FieldError(prefix + "taxRateId", "{proposal.problem.tax-rate-unknown}"));
            }
        } else if (request.taxRate() == null) {
            rate = taxRates.defaultRate();
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalidFields(errors);
        }
        String unitPrice = request.unitPrice() != null ? request.unitPrice()
                : product.map(ProductView::unitPrice).filter(price -> price.currency().equals(currency))
                        .map(price -> price.amount().toPlainString()).orElse(null);
        return request.filled(
                request.label() != null ? request.label() : product.map(ProductView::label).orElse(null),
                request.description() != null ? request.description()
                        : product.map(ProductView::description).orElse(null),
                request.unit() != null ? request.unit() : product.map(ProductView::unit).orElse(null),
                unitPrice,
                rate.map(TaxRateView::rate).orElse(request.taxRate()),
                rate.map(TaxRateView::name).orElse(request.taxName()));
    }

    /** The company's active rates, for a line editor to offer. */
    @Transactional(readOnly = true)
    public List<TaxRateView> rates() {
        return taxRates.active();
    }

    /** Active products matching {@code text}, for a line editor to offer. */
    @Transactional(readOnly = true)
    public List<ProductView> products(String text) {
        return products.search(text, Products.MAX_SEARCH);
    }

    private static <T> Optional<T> find(Supplier<T> lookup) {
        try {
            return Optional.of(lookup.get());
        } catch (ProblemException notFound) {
            if (notFound.status() != 404) {
                throw notFound;
            }
            return Optional.empty();
        }
    }
}
