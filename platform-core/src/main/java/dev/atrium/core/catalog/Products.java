package dev.atrium.core.catalog;

import dev.atrium.core.principal.CorePermissions;
import dev.atrium.core.tax.TaxRateView;
import dev.atrium.core.tax.TaxRates;
import dev.atrium.plugin.context.CurrentTenant;
import dev.atrium.plugin.history.HistoryEntry;
import dev.atrium.plugin.history.RecordHistory;
import dev.atrium.plugin.problem.FieldError;
import dev.atrium.plugin.problem.NotFoundException;
import dev.atrium.plugin.problem.ProblemException;
import dev.atrium.plugin.list.CsvColumns;
import dev.atrium.plugin.list.ExportFormat;
import dev.atrium.plugin.list.ListFilter;
import dev.atrium.plugin.list.ListPage;
import dev.atrium.plugin.list.TableExports;
import dev.atrium.plugin.list.TableWriter;
import jakarta.persistence.EntityManager;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.hibernate.exception.ConstraintViolationException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tenant's catalog: what a document's line editor reads (public), and what the Products pages and API change
 * (package-private). Read in the caller's tenant, so another tenant's product is a 404 like a missing one.
 */
@Service
public class Products {

    static final String READ = "hasAuthority('" + CorePermissions.PRODUCT_READ + "')";
    static final String EDIT = "hasAuthority('" + CorePermissions.PRODUCT_EDIT + "')";
    static final String EXPORT = "hasAuthority('" + CorePermissions.PRODUCT_EXPORT + "')";

    /** How a product's timeline names it. */
    static final String HISTORY = "product";

    private static final String REFERENCE_UNIQUE = "product_reference_unique";
    static final int COUNT_CAP = 1000;
    private static final int EXPORT_BATCH = 500;

    /** The most a picker asks for at once. */
    public static final int MAX_SEARCH = 50;

    private final EntityManager entityManager;
    private final TaxRates taxRates;
    private final CurrentTenant tenant;
    private final RecordHistory history;
    private final TableExports exports;
    private final MessageSource messages;
    private final Clock clock;

    Products(EntityManager entityManager, TaxRates taxRates, CurrentTenant tenant, RecordHistory history,
            TableExports exports, MessageSource messages, Clock clock) {
        this.entityManager = entityManager;
        this.taxRates = taxRates;
        this.tenant = tenant;
        this.history = history;
        this.exports = exports;
        this.messages = messages;
        this.clock = clock;
    }

    /** Active or not: a document keeps the product it was written with. A 404 problem for an id not the tenant's. */
    @Transactional(readOnly = true)
    public ProductView require(long id) {
        return find(id).view();
    }

    /**
     * Active products whose reference or label holds {@code text} whatever its case, by reference, at most
     * {@code limit} (1 to {@link #MAX_SEARCH}); the first ones when {@code text} is blank.
     */
    @Transactional(readOnly = true)
    public List<ProductView> search(String text, int limit) {
        String pattern = "%" + likeEscaped(text == null ? "" : text.strip().toLowerCase(Locale.ROOT)) + "%";
        return entityManager.createQuery("""
                        select p from Product p where p.active
                           and (lower(p.reference) like :text escape '\\' or lower(p.label) like :text escape '\\')
                         order by lower(p.reference), p.id""", Product.class)
                .setParameter("text", pattern)
                .setMaxResults(Math.clamp(limit, 1, MAX_SEARCH))
                .getResultList().stream().map(Product::view).toList();
    }

    /** A page of the matches, with their count up to {@link #COUNT_CAP}: "1,000+" beyond. */
    @Transactional(readOnly = true)
    ListPage<ProductSummary> list(ProductSearch search) {
        ListFilter<Product> filter = ProductList.matching(search);
        return ProductList.LIST.page(entityManager, filter, search.keyset())
                .withCount(ProductList.LIST.count(entityManager, filter, COUNT_CAP));
    }

    /**
     * Every match as a CSV or XLSX download, streamed a batch at a time, with the {@code fields} asked for (all
     * when none), headers and values in the user's language. A bad sort, cursor or field is refused before
     * anything is written.
     */
    @Transactional(readOnly = true)
    void export(ProductSearch search, List<String> fields, ExportFormat format, HttpServletResponse response)
            throws IOException {
        search.keyset();
        Map<Long, String> rateNames = new HashMap<>();
        taxRates.all().forEach(rate -> rateNames.put(rate.id(), rate.name()));
        CsvColumns<ProductSummary> columns = ProductSummary.columns(this::say, rateNames, tenant.zone())
                .select(fields);
        try (TableWriter out = exports.start(response, "products", format,
                columns.headers(field -> say("catalog.field." + field)))) {
            ProductList.LIST.forEach(entityManager, ProductList.matching(search), search.sort(), EXPORT_BATCH,
                    row -> out.row(columns.values(row)));
            out.finish();
        }
    }

    @Transactional(readOnly = true)
    ProductDetails details(long id) {
        return details(find(id));
    }

    @Transactional
    ProductDetails create(ProductRequest request) {
        requireValid(request, null);
        Product product = new Product(request, request.price(tenant.currency()), clock.instant());
        entityManager.persist(product);
        flushRefusingTakenReference(request.reference());
        history.created(HISTORY, product.getId());
        return details(product);
    }

    @Transactional
    ProductDetails change(long id, ProductRequest request) {
        Product product = find(id);
        requireValid(request, product);
        if (product.getVersion() != request.version()) {
            throw new ObjectOptimisticLockingFailureException(Product.class, id);
        }
        Map<String, String> before = product.snapshot(rateName(product.view().taxRateId()));
        product.describe(request, request.price(tenant.currency()), clock.instant());
        flushRefusingTakenReference(request.reference());
        history.changed(HISTORY, id, before, product.snapshot(rateName(request.taxRateId())));
        return details(product);
    }

    @Transactional
    ProductDetails deactivate(long id) {
        Product product = find(id);
        Map<String, String> before = product.snapshot(rateName(product.view().taxRateId()));
        product.deactivate(clock.instant());
        entityManager.flush();
        history.changed(HISTORY, id, before, product.snapshot(rateName(product.view().taxRateId())));
        return details(product);
    }

    @Transactional
    ProductDetails reactivate(long id) {
        Product product = find(id);
        Map<String, String> before = product.snapshot(rateName(product.view().taxRateId()));
        product.reactivate(clock.instant());
        entityManager.flush();
        history.changed(HISTORY, id, before, product.snapshot(rateName(product.view().taxRateId())));
        return details(product);
    }

    /** The product's timeline; a 404 for a product the tenant does not have. */
    @Transactional(readOnly = true)
    ListPage<HistoryEntry> history(long id, String after, int size) {
        find(id);
        return history.timeline(HISTORY, id, after, size);
    }

    private Product find(long id) {
        Product product = entityManager.find(Product.class, id);
        if (product == null) {
            throw new NotFoundException("Product", id);
        }
        return product;
    }

    private ProductDetails details(Product product) {
        ProductView view = product.view();
        return new ProductDetails(view.id(), view.reference(), view.label(), view.description(), view.kind(),
                view.unit(), view.unitPrice(), view.taxRateId(), rateName(view.taxRateId()), view.active(),
                product.createdAt(), product.updatedAt(), product.getVersion());
    }

    private String rateName(Long taxRateId) {
        return taxRateId == null ? null : taxRates.require(taxRateId).name();
    }

    /**
     * Every bad field at once as one 400 — the reference taken by another product among them as a 409 naming
     * the field — so nothing is written. A new product takes an active rate; a changed one may keep the
     * inactive rate it already had.
     */
    private void requireValid(ProductRequest request, Product existing) {
        List<FieldError> errors = new ArrayList<>(request.errors(existing != null, tenant.currency()));
        if (request.taxRateId() != null && errors.stream().noneMatch(error -> error.field().equals("taxRateId"))) {
            boolean kept = existing != null && Objects.equals(existing.view().taxRateId(), request.taxRateId());
            try {
                TaxRateView rate = taxRates.require(request.taxRateId());
                if (!rate.active() && !kept) {
                    errors.add(new FieldError("taxRateId", "{catalog.problem.tax-rate-inactive}"));
                }
            } catch (NotFoundException unknown) {
                errors.add(new FieldError("taxRateId", "{catalog.problem.tax-rate-unknown}"));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalidFields(errors);
        }
        boolean taken = entityManager.createQuery(
                        "select p.id from Product p where lower(p.reference) = lower(:reference)", Long.class)
                .setParameter("reference", request.reference()).getResultList().stream()
                .anyMatch(other -> existing == null || !other.equals(existing.getId()));
        if (taken) {
            throw referenceTaken(request.reference());
        }
    }

    /** Two creates of one reference at once: the unique index refuses the second, answered like the check above. */
    private void flushRefusingTakenReference(String reference) {
        try {
            entityManager.flush();
        } catch (ConstraintViolationException refused) {
            if (REFERENCE_UNIQUE.equals(refused.getConstraintName())) {
                throw referenceTaken(reference);
            }
            throw new DataIntegrityViolationException("Product refused by " + refused.getConstraintName(), refused);
        }
    }

    private static ProblemException referenceTaken(String reference) {
        return new ProblemException(409, "product-reference-taken", "Reference already used",
                "Another product already has reference '" + reference + "'.",
                Map.of("reference", reference,
                        "errors", List.of(new FieldError("reference", "{catalog.problem.reference-taken}"))));
    }

    private String say(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }

    private static String likeEscaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
