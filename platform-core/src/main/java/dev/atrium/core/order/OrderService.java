package dev.atrium.core.order;

import dev.atrium.core.invoice.InvoiceDrafts;
import dev.atrium.core.invoice.NewInvoice;
import dev.atrium.core.principal.CorePermissions;
import dev.atrium.core.proposal.ApprovedProposal;
import dev.atrium.core.proposal.LineRequest;
import dev.atrium.core.proposal.LineTerms;
import dev.atrium.core.proposal.LineView;
import dev.atrium.core.proposal.SalesLines;
import dev.atrium.core.proposal.SalesPrintouts;
import dev.atrium.plugin.context.CurrentTenant;
import dev.atrium.plugin.history.HistoryEntry;
import dev.atrium.plugin.history.RecordHistory;
import dev.atrium.plugin.link.DocumentLinks;
import dev.atrium.plugin.link.DocumentRef;
import dev.atrium.plugin.list.CsvColumns;
import dev.atrium.plugin.list.ExportFormat;
import dev.atrium.plugin.list.ListFilter;
import dev.atrium.plugin.list.ListPage;
import dev.atrium.plugin.list.TableExports;
import dev.atrium.plugin.list.TableWriter;
import dev.atrium.plugin.numbering.DocumentNumbers;
import dev.atrium.plugin.party.Parties;
import dev.atrium.plugin.party.PartyReference;
import dev.atrium.plugin.print.PrintableDocument;
import dev.atrium.plugin.problem.FieldError;
import dev.atrium.plugin.problem.NotFoundException;
import dev.atrium.plugin.problem.ProblemException;
import dev.atrium.plugin.problem.RuleViolationException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tenant's sales orders: drafts written directly or from an approved proposal, numbered from
 * {@code core.order} when validated, delivered, and invoiced through the invoices' drafts. Invoicing locks the
 * order's row first, so two invoicings of one order run one after the other and the second sees what the first
 * took: a line is never invoiced beyond its quantity.
 */
@Service
class OrderService {

    static final String READ = "hasAuthority('" + CorePermissions.ORDER_READ + "')";
    static final String EDIT = "hasAuthority('" + CorePermissions.ORDER_EDIT + "')";
    static final String EXPORT = "hasAuthority('" + CorePermissions.ORDER_EXPORT + "')";
    static final String INVOICE = EDIT + " and hasAuthority('" + CorePermissions.INVOICE_EDIT + "')";

    /** The record type of orders on the timeline, and their document type as an invoice's origin. */
    static final String HISTORY = "order";

    /** The invoices' document type, as linked documents name it. */
    static final String INVOICE_DOCUMENT = "invoice";

    static final int COUNT_CAP = 1000;
    private static final int EXPORT_BATCH = 500;

    private final EntityManager entityManager;
    private final CurrentTenant tenant;
    private final Parties parties;
    private final SalesLines lines;
    private final SalesPrintouts printouts;
    private final DocumentNumbers numbers;
    private final InvoiceDrafts drafts;
    private final DocumentLinks links;
    private final RecordHistory history;
    private final TableExports exports;
    private final MessageSource messages;
    private final Clock clock;

    OrderService(EntityManager entityManager, CurrentTenant tenant, Parties parties, SalesLines lines,
            SalesPrintouts printouts, DocumentNumbers numbers, InvoiceDrafts drafts, DocumentLinks links,
            RecordHistory history, TableExports exports, MessageSource messages, Clock clock) {
        this.printouts = printouts;
        this.entityManager = entityManager;
        this.tenant = tenant;
        this.parties = parties;
        this.lines = lines;
        this.numbers = numbers;
        this.drafts = drafts;
        this.links = links;
        this.history = history;
        this.exports = exports;
        this.messages = messages;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    ListPage<OrderSummary> list(OrderSearch search) {
        ListFilter<SalesOrder> filter = search.filter();
        ListPage<OrderSearch.Row> page = OrderSearch.LIST.page(entityManager, filter, search.keyset());
        return new ListPage<>(page.items().stream().map(OrderSummary::of).toList(), page.size(), page.hasNext(),
                page.hasPrevious(), page.next(), page.previous(),
                OrderSearch.LIST.count(entityManager, filter, COUNT_CAP));
    }

    @Transactional(readOnly = true)
    void export(OrderSearch search, List<String> fields, ExportFormat format, HttpServletResponse response)
            throws IOException {
        search.keyset();
        CsvColumns<OrderSummary> columns = OrderSummary.columns(this::say).select(fields);
        try (TableWriter out = exports.start(response, "sales-orders", format,
                columns.headers(field -> say("order.field." + field)))) {
            OrderSearch.LIST.forEach(entityManager, search.filter(), search.sort(), EXPORT_BATCH,
                    row -> out.row(columns.values(OrderSummary.of(row))));
            out.finish();
        }
    }

    @Transactional(readOnly = true)
    OrderView get(long id) {
        return view(find(id));
    }

    /** The order as the printer takes it, in {@code locale}; a draft prints under its provisional label. */
    @Transactional(readOnly = true)
    PrintableDocument printable(long id, Locale locale) {
        SalesOrder order = find(id);
        OrderView view = view(order);
        return printouts.printable("order.print.title", order.reference() != null ? order.reference()
                        : messages.getMessage("order.draftLabel", new Object[] {id}, locale),
                Map.of("order.field.orderDate", order.orderDate()), order.partyId(), order.partyName(),
                view.lines().stream().map(OrderView.OrderLineView::line).toList(), view.totals(), order.notes(),
                locale);
    }

    @Transactional
    OrderView create(OrderRequest written) {
        Optional<PartyReference> party = party(written.partyId());
        Currency currency = written.currency() != null ? written.currency()
                : party.map(PartyReference::currency).orElse(tenant.currency());
        OrderRequest request = written.withLines((i, line) -> lines.resolved(line, currency, "lines[" + i + "]."));
        List<FieldError> errors = new ArrayList<>(request.errors(currency, false));
        partyErrors(request.partyId(), party, errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalidFields(errors);
        }
        SalesOrder order = new SalesOrder(party.orElseThrow(), currency, header(request), null, clock.instant());
        request.lines().forEach(line -> order.addLine(line.terms(currency), clock.instant()));
        return created(order);
    }

    /** A draft order carrying the approved proposal's party, currency, notes and lines, figures unchanged. */
    @Transactional
    SalesOrder createFrom(ApprovedProposal proposal) {
        PartyReference party = parties.find(proposal.partyId())
                .orElseThrow(() -> new NotFoundException("Third party", proposal.partyId()));
        if (!party.active()) {
            throw new RuleViolationException("third-party-archived", "Third party archived",
                    "Third party " + party.code() + " is archived; restore it before changing it.",
                    Map.of("code", party.code()));
        }
        SalesOrder order = new SalesOrder(party, proposal.currency(),
                new SalesOrder.Header(tenant.today(), proposal.notes()), proposal.id(), clock.instant());
        proposal.lines().forEach(line -> order.addLine(line, clock.instant()));
        created(order);
        return order;
    }

    @Transactional
    OrderView change(long id, OrderRequest request) {
        SalesOrder order = find(id);
        Optional<PartyReference> party = party(request.partyId());
        List<FieldError> errors = new ArrayList<>(request.errors(order.currency(), true));
        partyErrors(request.partyId(), party, errors);
        if (request.currency() != null && !request.currency().equals(order.currency())) {
            errors.add(new FieldError("currency", "{order.problem.currency-fixed}"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalidFields(errors);
        }
        if (order.getVersion() != request.version()) {
            throw new ObjectOptimisticLockingFailureException(SalesOrder.class, id);
        }
        Map<String, String> before = order.snapshot();
        order.change(party.orElseThrow(), header(request), clock.instant());
        return saved(order, before);
    }

    @Transactional
    LineView addLine(long id, LineRequest written) {
        SalesOrder order = find(id);
        LineRequest request = lines.resolved(written, order.currency(), "");
        requireValid(request, order.currency(), false);
        Map<String, String> before = order.snapshot();
        SalesOrderLine line = order.addLine(request.terms(order.currency()), clock.instant());
        saved(order, before);
        return LineView.of(line);
    }

    @Transactional
    LineView changeLine(long id, long lineId, LineRequest written) {
        SalesOrder order = find(id);
        LineRequest request = lines.resolved(written, order.currency(), "");
        requireValid(request, order.currency(), true);
        Map<String, String> before = order.snapshot();
        SalesOrderLine line = order.changeLine(lineId, request.version(), request.terms(order.currency()),
                clock.instant());
        saved(order, before);
        return LineView.of(line);
    }

    @Transactional
    OrderView removeLine(long id, long lineId) {
        SalesOrder order = find(id);
        Map<String, String> before = order.snapshot();
        order.removeLine(lineId, clock.instant());
        return saved(order, before);
    }

    /** Validates a draft under the next reference of {@code core.order}, taken in this transaction. */
    @Transactional
    OrderView validate(long id) {
        SalesOrder order = locked(id);
        order.requireValidatable();
        Map<String, String> before = order.snapshot();
        order.validate(numbers.next(OrderDeclarations.SERIES, order.orderDate()), clock.instant());
        return saved(order, before);
    }

    @Transactional
    OrderView deliver(long id) {
        SalesOrder order = find(id);
        Map<String, String> before = order.snapshot();
        order.deliver(clock.instant());
        return saved(order, before);
    }

    @Transactional
    OrderView cancel(long id) {
        SalesOrder order = locked(id);
        Map<String, String> before = order.snapshot();
        order.cancel(clock.instant());
        return saved(order, before);
    }

    /**
     * A draft invoice of the chosen quantities of the order's lines, or of all that is still to invoice; the
     * invoice names the order as its origin and is linked to it, and the order is billed once nothing is left.
     *
     * @return the draft invoice's id
     */
    @Transactional
    long invoice(long id, InvoiceOrderRequest request) {
        SalesOrder order = locked(id);
        order.requireInvoiceable();
        Map<SalesOrderLine, BigDecimal> taken = taken(order, request);
        Map<String, String> before = order.snapshot();
        order.invoice(taken, clock.instant());
        long invoiceId = drafts.createDraft(new NewInvoice(order.partyId(), order.currency(), null, null,
                order.notes(), taken.entrySet().stream()
                        .map(part -> invoiceLine(part.getKey().terms().withQuantity(part.getValue()))).toList(),
                new NewInvoice.Origin(HISTORY, id)));
        entityManager.createNativeQuery("""
                        insert into sales_order_invoice (tenant_id, order_id, invoice_id, created_at)
                        values (?1, ?2, ?3, ?4)""")
                .setParameter(1, tenant.id()).setParameter(2, id).setParameter(3, invoiceId)
                .setParameter(4, clock.instant()).executeUpdate();
        links.link(new DocumentRef(HISTORY, id), new DocumentRef(INVOICE_DOCUMENT, invoiceId));
        saved(order, before);
        return invoiceId;
    }

    @Transactional(readOnly = true)
    ListPage<HistoryEntry> history(long id, String after, int size) {
        find(id);
        return history.timeline(HISTORY, id, after, size);
    }

    @Transactional
    void note(long id, String text) {
        find(id);
        history.note(HISTORY, id, text);
    }

    /** The line of a new invoice carrying these figures, so the invoice's amounts are the order's. */
    static NewInvoice.Line invoiceLine(LineTerms terms) {
        return new NewInvoice.Line(terms.label(), terms.description(), terms.quantity(), terms.unit(),
                terms.unitPrice().amount(), terms.discountPercent(), terms.taxRate(), terms.taxName(),
                terms.productId(), null);
    }

    /**
     * What each chosen line gives, checked as one 400 naming every bad part; without a choice, whatever every line
     * still has. Quantities beyond what is left are the order's to refuse (a 409), since they depend on what
     * other invoicings took.
     */
    private static Map<SalesOrderLine, BigDecimal> taken(SalesOrder order, InvoiceOrderRequest request) {
        Map<SalesOrderLine, BigDecimal> taken = new LinkedHashMap<>();
        if (request.lines().isEmpty()) {
            order.lines().stream().filter(line -> line.remaining().signum() > 0)
                    .forEach(line -> taken.put(line, line.remaining()));
        }
        List<FieldError> errors = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < request.lines().size(); i++) {
            InvoiceOrderRequest.Part part = request.lines().get(i);
            String prefix = "lines[" + i + "].";
            Optional<SalesOrderLine> line = part.lineId() == null ? Optional.empty()
                    : order.lines().stream().filter(candidate -> part.lineId().equals(candidate.getId())).findFirst();
            if (part.lineId() == null) {
                errors.add(new FieldError(prefix + "lineId", "{problem.field.not-blank}"));
            } else if (line.isEmpty()) {
                errors.add(new FieldError(prefix + "lineId", "{order.problem.line-unknown}"));
            } else if (!seen.add(part.lineId())) {
                errors.add(new FieldError(prefix + "lineId", "{order.problem.line-twice}"));
            }
            BigDecimal quantity = part.quantity() != null ? part.quantity() : line.map(SalesOrderLine::remaining)
                    .orElse(null);
            if (part.quantity() != null && (quantity.signum() <= 0 || quantity.stripTrailingZeros().scale() > 4)) {
                errors.add(new FieldError(prefix + "quantity", "{proposal.problem.quantity}"));
            } else if (line.isPresent() && quantity.signum() > 0) {
                taken.put(line.get(), quantity);
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalidFields(errors);
        }
        if (taken.isEmpty()) {
            throw new RuleViolationException("order-nothing-to-invoice", "Nothing left to invoice",
                    "Sales order " + order.label() + " has nothing left to invoice.",
                    Map.of("reference", order.label()));
        }
        return taken;
    }

    private OrderView created(SalesOrder order) {
        entityManager.persist(order);
        entityManager.flush();
        history.created(HISTORY, order.getId());
        return view(order);
    }

    private OrderView saved(SalesOrder order, Map<String, String> before) {
        entityManager.flush();
        history.changed(HISTORY, order.getId(), before, order.snapshot());
        return view(order);
    }

    private OrderView view(SalesOrder order) {
        List<Long> invoices = entityManager.createNativeQuery("""
                        select invoice_id from sales_order_invoice where tenant_id = ?1 and order_id = ?2
                        order by created_at, invoice_id""", Long.class)
                .setParameter(1, tenant.id()).setParameter(2, order.getId()).getResultList().stream()
                .map(id -> ((Number) id).longValue()).toList();
        return OrderView.of(order, invoices);
    }

    private SalesOrder.Header header(OrderRequest request) {
        return new SalesOrder.Header(request.orderDate() != null ? request.orderDate() : tenant.today(),
                request.notes());
    }

    private Optional<PartyReference> party(Long partyId) {
        return partyId == null ? Optional.empty() : parties.find(partyId);
    }

    private static void partyErrors(Long partyId, Optional<PartyReference> party, List<FieldError> errors) {
        if (partyId != null && party.isEmpty()) {
            errors.addFirst(new FieldError("partyId", "{proposal.problem.party-unknown}"));
        } else if (party.isPresent() && !party.get().active()) {
            errors.addFirst(new FieldError("partyId", "{proposal.problem.party-archived}"));
        }
    }

    private static void requireValid(LineRequest request, Currency currency, boolean change) {
        List<FieldError> errors = request.errors("", currency, change);
        if (!errors.isEmpty()) {
            throw ProblemException.invalidFields(errors);
        }
    }

    private SalesOrder find(long id) {
        SalesOrder order = entityManager.find(SalesOrder.class, id);
        if (order == null) {
            throw new NotFoundException("Sales order", id);
        }
        return order;
    }

    private SalesOrder locked(long id) {
        SalesOrder order = entityManager.find(SalesOrder.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (order == null) {
            throw new NotFoundException("Sales order", id);
        }
        return order;
    }

    private String say(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }

    LocalDate today() {
        return tenant.today();
    }
}
