package dev.atrium.core.catalog;

import dev.atrium.core.principal.CorePermissions;
import dev.atrium.core.problem.ProblemTexts;
import dev.atrium.core.tax.TaxRateView;
import dev.atrium.core.tax.TaxRates;
import dev.atrium.core.web.Forms;
import dev.atrium.core.web.MenuLink;
import dev.atrium.plugin.context.CurrentTenant;
import dev.atrium.plugin.list.ExportFormat;
import dev.atrium.plugin.problem.FieldError;
import dev.atrium.plugin.problem.ProblemException;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The catalog's pages: the list with its search, filters and export, a product's page with its timeline, the
 * create and edit form (every refused field shown beside it, with what was typed kept), deactivate and reactivate.
 */
@Controller
@RequestMapping("/t/{slug}/products")
@PreAuthorize(Products.READ)
class ProductPageController {

    @Bean
    static MenuLink productsMenu() {
        return new MenuLink("products", "Products and services", "/products", 20, CorePermissions.PRODUCT_READ);
    }

    /** What the page offers for rows per page; the API takes any size from 1 to 100. */
    private static final List<Integer> PAGE_SIZES = List.of(25, 50, 100);
    /** The columns the export picker offers, in their order. */
    private static final List<String> EXPORT_FIELDS = ProductSummary.columns(key -> key, Map.of(), ZoneOffset.UTC)
            .headers();
    /** The newest entries the page shows; the API pages through the rest. */
    private static final int TIMELINE_SIZE = 50;
    private static final List<String> FIELDS = List.of("reference", "label", "kind", "unit", "unitPrice",
            "currency", "taxRateId", "description");

    private final Products products;
    private final TaxRates taxRates;
    private final CurrentTenant tenant;
    private final MessageSource messages;

    ProductPageController(Products products, TaxRates taxRates, CurrentTenant tenant, MessageSource messages) {
        this.products = products;
        this.taxRates = taxRates;
        this.tenant = tenant;
        this.messages = messages;
    }

    @ModelAttribute("kinds")
    List<Forms.Option> kinds(Locale locale) {
        return Stream.of(ProductKind.values())
                .map(kind -> new Forms.Option(kind.name(), messages.getMessage("catalog.kind." + kind, null, locale)))
                .toList();
    }

    @GetMapping
    String list(@Valid ProductSearch search, Model model) {
        model.addAttribute("search", search);
        model.addAttribute("result", products.list(search));
        model.addAttribute("rateNames", rateNames());
        model.addAttribute("pageSizes", PAGE_SIZES);
        model.addAttribute("exportFields", EXPORT_FIELDS);
        return "catalog/list";
    }

    /** The list's export, with the columns and format the page's picker chose. */
    @GetMapping("/export")
    @PreAuthorize(Products.EXPORT)
    void export(@Valid ProductSearch search, @RequestParam(required = false) List<String> fields,
            @RequestParam(required = false) String format, HttpServletResponse response) throws IOException {
        products.export(search, fields, ExportFormat.of(format), response);
    }

    @GetMapping("/new")
    @PreAuthorize(Products.EDIT)
    String newForm(Model model) {
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put("kind", ProductKind.SERVICE.name());
        typed.put("currency", tenant.currency().getCurrencyCode());
        taxRates.defaultRate().ifPresent(rate -> typed.put("taxRateId", String.valueOf(rate.id())));
        return form(null, typed, Map.of(), model);
    }

    @PostMapping
    @PreAuthorize(Products.EDIT)
    String create(@PathVariable String slug, @RequestParam Map<String, String> typed, Model model) {
        try {
            return redirectTo(slug, products.create(request(typed, null)).id());
        } catch (ProblemException refused) {
            return refusedForm(null, typed, refused, model);
        }
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model) {
        model.addAttribute("product", products.details(id));
        model.addAttribute("timeline", products.history(id, null, TIMELINE_SIZE).items());
        return "catalog/detail";
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize(Products.EDIT)
    String editForm(@PathVariable long id, Model model) {
        ProductDetails product = products.details(id);
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put("reference", product.reference());
        typed.put("label", product.label());
        typed.put("description", product.description());
        typed.put("kind", product.kind().name());
        typed.put("unit", product.unit());
        typed.put("unitPrice", product.unitPrice().amount().toPlainString());
        typed.put("currency", product.unitPrice().currency().getCurrencyCode());
        typed.put("taxRateId", product.taxRateId() == null ? "" : String.valueOf(product.taxRateId()));
        typed.put("version", String.valueOf(product.version()));
        return form(id, typed, Map.of(), model);
    }

    /** A product the tenant has not is the 404 page, valid form or not. */
    @PostMapping("/{id}")
    @PreAuthorize(Products.EDIT)
    String update(@PathVariable String slug, @PathVariable long id, @RequestParam Map<String, String> typed,
            Model model) {
        products.details(id);
        try {
            return redirectTo(slug, products.change(id, request(typed, id)).id());
        } catch (ProblemException refused) {
            if (refused.status() == 404) {
                throw refused;
            }
            return refusedForm(id, typed, refused, model);
        } catch (OptimisticLockingFailureException stale) {
            model.addAttribute("refusal", ProblemTexts.messageOf("{common.stale}"));
            return form(id, typed, Map.of(), model);
        }
    }

    @PostMapping("/{id}/deactivate")
    @PreAuthorize(Products.EDIT)
    String deactivate(@PathVariable String slug, @PathVariable long id, Model model) {
        return Forms.orRefusal(model, () -> redirectTo(slug, products.deactivate(id).id()), () -> detail(id, model));
    }

    @PostMapping("/{id}/reactivate")
    @PreAuthorize(Products.EDIT)
    String reactivate(@PathVariable String slug, @PathVariable long id, Model model) {
        return Forms.orRefusal(model, () -> redirectTo(slug, products.reactivate(id).id()), () -> detail(id, model));
    }

    private ProductRequest request(Map<String, String> typed, Long id) {
        List<FieldError> unreadable = new ArrayList<>();
        ProductKind kind = null;
        String typedKind = typed.getOrDefault("kind", "");
        if (!typedKind.isBlank()) {
            try {
                kind = ProductKind.valueOf(typedKind);
            } catch (IllegalArgumentException unknown) {
                unreadable.add(new FieldError("kind", "{catalog.problem.kind}"));
            }
        }
        BigDecimal price = decimal(typed.get("unitPrice"), "unitPrice", unreadable);
        Long taxRateId = whole(typed.get("taxRateId"), "taxRateId", unreadable);
        Long version = whole(typed.get("version"), "version", unreadable);
        if (!unreadable.isEmpty()) {
            throw ProblemException.invalidFields(unreadable);
        }
        return new ProductRequest(typed.get("reference"), typed.get("label"), typed.get("description"), kind,
                typed.get("unit"), price, typed.get("currency"), taxRateId, id == null ? null : version);
    }

    /** A price as people type it, with a decimal comma in French; a field error when it is no number. */
    private static BigDecimal decimal(String text, String field, List<FieldError> errors) {
        // "1 234,50" as a French user types it: spaces (plain or no-break) group digits, the comma is the point.
        String plain = text == null ? "" : text.replaceAll("[\\s\u00a0\u202f]", "").replace(',', '.');
        if (plain.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(plain);
        } catch (NumberFormatException notANumber) {
            errors.add(new FieldError(field, "{problem.field.decimal-example}"));
            return null;
        }
    }

    private static Long whole(String text, String field, List<FieldError> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(text.strip());
        } catch (NumberFormatException notANumber) {
            errors.add(new FieldError(field, "{problem.field.type.long}"));
            return null;
        }
    }

    /** Field errors beside their fields, with what was typed; a broken rule or a taken reference on top. */
    @SuppressWarnings("unchecked")
    private String refusedForm(Long id, Map<String, String> typed, ProblemException refused, Model model) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (refused.properties().get("errors") instanceof List<?> fields) {
            for (FieldError error : (List<FieldError>) fields) {
                errors.putIfAbsent(error.field(), ProblemTexts.messageOf(error.message()));
            }
        }
        if (errors.isEmpty()) {
            model.addAttribute("refusal", ProblemTexts.detailOf(refused));
        }
        return form(id, typed, errors, model);
    }

    private String form(Long id, Map<String, String> typed, Map<String, String> errors, Model model) {
        Map<String, String> values = new LinkedHashMap<>();
        FIELDS.forEach(field -> values.put(field, typed.getOrDefault(field, "")));
        values.put("version", typed.getOrDefault("version", ""));
        model.addAttribute("id", id);
        model.addAttribute("form", values);
        model.addAttribute("errors", errors);
        model.addAttribute("rates", ratesOffered(values.get("taxRateId")));
        model.addAttribute("currencies", Forms.currencies(LocaleContextHolder.getLocale()));
        return "catalog/form";
    }

    /** The active rates, and the inactive one the product already carries, so editing it does not lose it. */
    private List<TaxRateView> ratesOffered(String current) {
        List<TaxRateView> offered = new ArrayList<>(taxRates.active());
        taxRates.all().stream()
                .filter(rate -> !rate.active() && String.valueOf(rate.id()).equals(current))
                .forEach(offered::add);
        return offered;
    }

    private Map<Long, String> rateNames() {
        Map<Long, String> names = new LinkedHashMap<>();
        taxRates.all().forEach(rate -> names.put(rate.id(), rate.name()));
        return names;
    }

    private static String redirectTo(String slug, long id) {
        return "redirect:/t/" + slug + "/products/" + id;
    }
}
