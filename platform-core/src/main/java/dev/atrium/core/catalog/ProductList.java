package dev.atrium.core.catalog;

import dev.atrium.plugin.list.KeysetList;
import dev.atrium.plugin.list.ListFilter;
import dev.atrium.plugin.persistence.TenantScopedEntity_;

/** The catalog's list: its row, its sort keys (all NOT NULL columns) and the filters a search makes. */
final class ProductList {

    static final KeysetList<Product, ProductSummary> LIST = KeysetList.of(Product.class, TenantScopedEntity_.id,
                    ProductSummary.class, TenantScopedEntity_.id, Product_.reference, Product_.label, Product_.kind,
                    Product_.unit, Product_.unitPrice, Product_.currency, Product_.taxRateId, Product_.active,
                    Product_.updatedAt)
            .key("reference", Product_.reference)
            .key("label", Product_.label)
            .key("unitPrice", Product_.unitPrice)
            .key("updatedAt", Product_.updatedAt);

    private ProductList() {
    }

    static ListFilter<Product> matching(ProductSearch search) {
        ListFilter<Product> filter = ListFilter.all();
        filter = switch (search.status()) {
            case ACTIVE -> filter.equal(Product_.active, true);
            case INACTIVE -> filter.equal(Product_.active, false);
            case ALL -> filter;
        };
        if (search.kind() != null) {
            filter = filter.equal(Product_.kind, search.kind());
        }
        if (search.q() != null) {
            filter = filter.containsText(search.q(), Product_.reference, Product_.label);
        }
        return filter;
    }
}
