package dev.atrium.core.invoice;

import dev.atrium.core.party.PaymentTerms;
import dev.atrium.core.principal.CorePermissions;
import dev.atrium.core.problem.ProblemTexts;
import dev.atrium.core.sales.DocumentTotals;
import dev.atrium.core.sales.PricedLine;
import dev.atrium.plugin.context.CurrentTenant;
import dev.atrium.plugin.event.InvoiceCredited;
import dev.atrium.plugin.event.InvoicePaid;
import dev.atrium.plugin.event.InvoiceValidated;
import dev.atrium.plugin.history.FieldChange;
import dev.atrium.plugin.history.RecordHistory;
import dev.atrium.plugin.list.CsvColumns;
import dev.atrium.plugin.list.ExportFormat;
import dev.atrium.plugin.list.ListFilter;
import dev.atrium.plugin.list.ListPage;
import dev.atrium.plugin.list.TableExports;
import dev.atrium.plugin.list.TableWriter;
import dev.atrium.plugin.money.Money;
import dev.atrium.plugin.numbering.DocumentNumbers;
import dev.atrium.plugin.party.Parties;
import dev.atrium.plugin.party.PartyReference;
import dev.atrium.plugin.problem.FieldError;
import dev.atrium.plugin.problem.NotFoundException;
import dev.atrium.plugin.problem.ProblemException;
import dev.atrium.plugin.problem.RuleViolationException;
import jakarta.persistence.EntityManager;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The invoice use cases, each one transaction, for the API, the pages and the features that create drafts or
 * apply payments alike. A validation takes its legal number in its own transaction under the series' row lock,
 * so a validation that fails gives its number back and the numbers stay gapless.
 */
@Service
class InvoiceService implements InvoiceDrafts, InvoicePayments {

    static final String READ = "hasAuthority('" + CorePermissions.INVOICE_READ + "')";
    static final String EDIT = "hasAuthority('" + CorePermissions.INVOICE_EDIT + "')";
    static final String VALIDATE = "hasAuthority('" + CorePermissions.INVOICE_VALIDATE + "')";
    static final String EXPORT = "hasAuthority('" + CorePermissions.INVOICE_EXPORT + "')";

    /** The record type of invoices and credit notes on the timeline. */
    static final String HISTORY = "invoice";

    private static final int EXPORT_BATCH = 500;
    private static final int COUNT_CAP = 1000;
    /** What the database's trigger raises when a validated document would change. */
    private static final String FROZEN_STATE = "AT409";
    private static final Pattern ORIGIN_TYPE = Pattern.compile("[a-z][a-z0-9-]{0,39}");

    private final InvoiceRepository repository;
    private final EntityManager entityManager;
    private final Parties parties;
    private final CurrentTenant tenant;
    private final DocumentNumbers numbers;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final RecordHistory history;
    private final TableExports exports;
    private final MessageSource messages;
    private final LineCatalog catalog;

    InvoiceService(InvoiceRepository repository, EntityManager entityManager, Parties parties, CurrentTenant tenant,
            DocumentNumbers numbers, Clock clock, ApplicationEventPublisher events, RecordHistory history,
            TableExports exports, MessageSource messages, LineCatalog catalog) {
        this.catalog = catalog;
        this.repository = repository;
        this.entityManager = entityManager;
        this.parties = parties;
        this.tenant = tenant;
        this.numbers = numbers;
        this.clock = clock;
        this.events = events;
        this.history = history;
        this.exports = exports;
        this.messages = messages;
    }

    @Override
    @Transactional
    public long createDraft(NewInvoice request) {
        List<FieldError> errors = new ArrayList<>();
        if (request.origin() != null && !ORIGIN_TYPE.matcher(String.valueOf(request.origin().documentType()))
                .matches()) {
            errors.add(new FieldError("origin.documentType", "{invoice.problem.origin-type}"));
        }
        PartyReference party = customer(request.partyId(), errors);
        Currency currency = request.currency() != null ? request.currency()
                : party != null ? party.currency() : tenant.currency();
        Invoice.Header header = header(party, currency, request.invoiceDate(), request.dueDate(), request.notes(),
                errors);
        List<InvoiceLines.Figures> lines = InvoiceLines.checkAll(completed(request.lines(), currency, errors),
                currency, errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalidFields(errors);
        }
        Invoice invoice = new Invoice(InvoiceKind.INVOICE, header, null, request.origin(), clock.instant());
        invoice.name(party);
        lines.forEach(line -> invoice.addLine(line, null, clock.instant()));
        repository.saveAndFlush(invoice);
        history.created(HISTORY, invoice.getId());
        return invoice.getId();
    }

    @Transactional(readOnly = true)
    ListPage<InvoiceSummary> list(InvoiceSearch search) {
        ListFilter<Invoice> filter = matching(search);
        ListPage<InvoiceRow> rows = InvoiceRepository.LIST.page(entityManager, filter, search.keyset());
        return new ListPage<>(rows.items().stream().map(InvoiceSummary::of).toList(), rows.size(), rows.hasNext(),
                rows.hasPrevious(), rows.next(), rows.previous(),
                InvoiceRepository.LIST.count(entityManager, filter, COUNT_CAP));
    }

    /** Every match as a CSV or XLSX download, a batch at a time, headers and values in the user's language. */
    @Transactional(readOnly = true)
    void export(InvoiceSearch search, List<String> fields, ExportFormat format, HttpServletResponse response)
            throws IOException {
        search.keyset();
        CsvColumns<InvoiceSummary> columns = InvoiceSummary.columns(this::say).select(fields);
        try (TableWriter out = exports.start(response, "invoices", format,
                columns.headers(field -> say("invoice.field." + field)))) {
            InvoiceRepository.LIST.forEach(entityManager, matching(search), search.sort(), EXPORT_BATCH,
                    row -> out.row(columns.values(InvoiceSummary.of(row))));
            out.finish();
        }
    }

    @Transactional(readOnly = true)
    InvoiceView get(long id) {
        return view(find(id));
    }

    /** The draft's header, with the version read: a change made meanwhile is refused. */
    @Transactional
    InvoiceView change(long id, InvoiceRequest request) {
        Invoice invoice = find(id);
        invoice.requireDraft();
        List<FieldError> errors = new ArrayList<>();
        if (request.version() == null) {
            errors.add(new FieldError("version", "{invoice.problem.version}"));
        }
        long partyId = request.partyId() == null ? 0 : request.partyId();
        if (invoice.kind() == InvoiceKind.CREDIT_NOTE && partyId != invoice.partyId()) {
            errors.add(new FieldError("partyId", "{invoice.problem.credit-note-party}"));
        }
        PartyReference party = invoice.kind() == InvoiceKind.CREDIT_NOTE ? party(invoice.partyId())
                : customer(partyId, errors);
        Currency currency = request.currency() != null ? request.currency() : invoice.currency();
        Invoice.Header header = header(party, currency, request.invoiceDate(), request.dueDate(), request.notes(),
                errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalidFields(errors);
        }
        requireVersion(invoice, request.version());
        invoice.describe(header, clock.instant());
        invoice.name(party);
        return flushed(invoice);
    }

    @Transactional
    InvoiceView addLine(long id, LineRequest request) {
        Invoice invoice = find(id);
        invoice.requireDraft();
        requireOwnLines(invoice);
        invoice.addLine(figures(invoice, request), null, clock.instant());
        return flushed(invoice);
    }

    @Transactional
    InvoiceView changeLine(long id, long lineId, LineRequest request) {
        Invoice invoice = find(id);
        invoice.line(lineId);
        invoice.requireDraft();
        requireOwnLines(invoice);
        invoice.changeLine(lineId, figures(invoice, request), clock.instant());
        return flushed(invoice);
    }

    @Transactional
    InvoiceView removeLine(long id, long lineId) {
        Invoice invoice = find(id);
        invoice.removeLine(lineId, clock.instant());
        return flushed(invoice);
    }

    /**
     * The draft takes the next number of its series for its date's year, the party's details are copied onto
     * it, and it is frozen; its number is the answer. A credit note also takes what it credits off its invoice.
     * Modules hear it after commit. The number is taken last, so the series' row lock is held only for the few
     * writes between it and the commit: concurrent validations of one tenant queue for as short a time as can be.
     */
    @Transactional
    String validate(long id) {
        Invoice invoice = repository.findForUpdate(id).orElseThrow(() -> new NotFoundException("Invoice", id));
        invoice.requireDraft();
        PartyReference party = invoice.kind() == InvoiceKind.INVOICE ? parties.requireActiveCustomer(invoice.partyId())
                : party(invoice.partyId());
        Invoice credited = null;
        if (invoice.kind() == InvoiceKind.CREDIT_NOTE) {
            credited = repository.findForUpdate(invoice.creditedInvoiceId()).orElseThrow();
            requireCreditable(credited, invoice);
        }
        history.changed(HISTORY, invoice.getId(), List.of(new FieldChange("invoice.field.status",
                say("invoice.status." + InvoiceStatus.DRAFT), say("invoice.status." + InvoiceStatus.VALIDATED))));
        String number = numbers.next(invoice.kind().series(), invoice.invoiceDate());
        invoice.validate(number, party, clock.instant());
        if (credited == null) {
            events.publishEvent(new InvoiceValidated(invoice.getTenantId(), invoice.getId(), number,
                    invoice.partyId(), invoice.invoiceDate(), invoice.dueDate(), invoice.gross()));
        } else {
            credited.credit(invoice.gross(), clock.instant());
            events.publishEvent(new InvoiceCredited(credited.getTenantId(), credited.getId(), credited.number(),
                    invoice.getId(), number, credited.partyId(), invoice.gross(), credited.credited(),
                    !credited.credited().isLessThan(credited.gross())));
        }
        flush(invoice);
        return number;
    }

    /** Given up, with its reason: a draft never takes a number; a validated invoice keeps its own. */
    @Transactional
    InvoiceView abandon(long id, AbandonRequest request) {
        Invoice invoice = repository.findForUpdate(id).orElseThrow(() -> new NotFoundException("Invoice", id));
        String reason = request == null || request.reason() == null ? "" : request.reason().strip();
        if (reason.isEmpty()) {
            throw ProblemException.invalidField("reason", "{problem.field.not-blank}");
        }
        if (reason.length() > AbandonRequest.MAX_REASON) {
            throw ProblemException.invalidField("reason",
                    ProblemTexts.key("problem.field.max-characters", AbandonRequest.MAX_REASON));
        }
        InvoiceStatus before = invoice.status();
        invoice.abandon(reason, clock.instant());
        statusChanged(invoice, before);
        return flushed(invoice);
    }

    /**
     * A draft credit note of a validated invoice: the lines and quantities asked for, or everything not credited
     * yet. It takes its own number when it is validated.
     */
    @Transactional
    InvoiceView createCreditNote(long invoiceId, CreditNoteRequest request) {
        Invoice invoice = repository.findForUpdate(invoiceId)
                .orElseThrow(() -> new NotFoundException("Invoice", invoiceId));
        if (invoice.kind() != InvoiceKind.INVOICE || !invoice.status().frozen()
                || invoice.status() == InvoiceStatus.ABANDONED) {
            throw new RuleViolationException("invoice-credit-refused", "Credit refused",
                    "Only a validated invoice is credited; " + invoice.reference() + " is " + invoice.status() + ".",
                    Map.of("status", invoice.status().name()));
        }
        Map<Long, BigDecimal> remaining = creditable(invoice);
        List<FieldError> errors = new ArrayList<>();
        Map<Long, BigDecimal> asked = new LinkedHashMap<>();
        if (request.lines().isEmpty()) {
            remaining.forEach((lineId, quantity) -> {
                if (quantity.signum() != 0) {
                    asked.put(lineId, quantity);
                }
            });
        }
        for (int i = 0; i < request.lines().size(); i++) {
            CreditNoteRequest.CreditedLine line = request.lines().get(i);
            String field = "lines[" + i + "].";
            if (line == null || line.lineId() == null || !remaining.containsKey(line.lineId())) {
                errors.add(new FieldError(field + "lineId", "{invoice.problem.not-a-line}"));
                continue;
            }
            BigDecimal left = remaining.get(line.lineId());
            BigDecimal quantity = line.quantity() == null ? left : line.quantity();
            if (asked.containsKey(line.lineId())) {
                errors.add(new FieldError(field + "lineId", "{invoice.problem.line-twice}"));
            } else if (quantity.signum() == 0 || quantity.signum() != left.signum()
                    || quantity.abs().compareTo(left.abs()) > 0
                    || quantity.stripTrailingZeros().scale() > PricedLine.MAX_DECIMALS) {
                String most = left.stripTrailingZeros().toPlainString();
                errors.add(new FieldError(field + "quantity",
                        ProblemTexts.key("invoice.problem.credit-quantity", most)));
            } else {
                asked.put(line.lineId(), quantity);
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalidFields(errors);
        }
        if (asked.isEmpty()) {
            throw new RuleViolationException("invoice-credited-fully", "Nothing left to credit",
                    "Every line of " + invoice.reference() + " is credited already.", Map.of("id", invoiceId));
        }
        LocalDate today = tenant.today();
        LocalDate date = today.isBefore(invoice.invoiceDate()) ? invoice.invoiceDate() : today;
        Invoice creditNote = new Invoice(InvoiceKind.CREDIT_NOTE, new Invoice.Header(invoice.partyId(),
                invoice.currency(), date, date, ""), invoice.getId(), null, clock.instant());
        creditNote.name(party(invoice.partyId()));
        asked.forEach((lineId, quantity) -> creditNote.addLine(
                invoice.line(lineId).figures(invoice.currency(), quantity), lineId, clock.instant()));
        repository.saveAndFlush(creditNote);
        history.created(HISTORY, creditNote.getId());
        return view(creditNote);
    }

    @Override
    @Transactional
    public PaymentApplied applyPayment(long invoiceId, Money amount) {
        Invoice invoice = repository.findForUpdate(invoiceId)
                .orElseThrow(() -> new NotFoundException("Invoice", invoiceId));
        if (!amount.currency().equals(invoice.currency())) {
            throw new RuleViolationException("invoice-payment-currency", "Payment in another currency",
                    "Invoice " + invoice.reference() + " is in " + invoice.currency().getCurrencyCode() + ".",
                    Map.of("currency", invoice.currency().getCurrencyCode()));
        }
        InvoiceStatus before = invoice.status();
        invoice.pay(amount, clock.instant());
        statusChanged(invoice, before);
        flush(invoice);
        events.publishEvent(new InvoicePaid(invoice.getTenantId(), invoice.getId(), invoice.number(),
                invoice.partyId(), amount, invoice.paid(), invoice.balance(),
                invoice.status() == InvoiceStatus.PAID));
        return new PaymentApplied(invoice.getId(), invoice.number(), invoice.status().name(), invoice.paid(),
                invoice.balance());
    }

    private InvoiceView flushed(Invoice invoice) {
        flush(invoice);
        return view(invoice);
    }

    /**
     * Writes now, so a refusal is this method's: the database's own wall against changing a validated document
     * (SQLSTATE AT409, from its trigger) is the same 409 as the entity's, when a concurrent validation got there
     * between our read and our write.
     */
    private void flush(Invoice invoice) {
        try {
            repository.flush();
        } catch (RuntimeException refused) {
            for (Throwable cause = refused; cause != null; cause = cause.getCause()) {
                if (cause instanceof java.sql.SQLException sql && FROZEN_STATE.equals(sql.getSQLState())) {
                    throw new RuleViolationException("invoice-frozen", "Document validated",
                            "Document " + invoice.reference() + " was validated meanwhile: what it says cannot "
                                    + "change.", Map.of("number", invoice.reference()));
                }
            }
            throw refused;
        }
    }

    private InvoiceView view(Invoice invoice) {
        Currency currency = invoice.currency();
        Map<Long, BigDecimal> creditable = invoice.kind() == InvoiceKind.INVOICE && invoice.status().frozen()
                ? creditable(invoice) : Map.of();
        List<InvoiceView.LineView> lines = invoice.lines().stream().map(line -> new InvoiceView.LineView(
                line.getId(), line.position(), line.label(), line.description(), line.quantity(), line.unit(),
                Money.of(line.unitPrice(), currency), line.discountPercent(), line.taxRate(), line.taxName(),
                line.productId(), line.taxRateId(), line.creditedLineId(), Money.of(line.net(), currency),
                Money.of(line.tax(), currency), Money.of(line.gross(), currency),
                creditable.getOrDefault(line.getId(), BigDecimal.ZERO))).toList();
        DocumentTotals totals = invoice.totals();
        boolean owing = invoice.kind() == InvoiceKind.INVOICE && invoice.status().frozen()
                && invoice.status() != InvoiceStatus.ABANDONED;
        String credit = invoice.credited().isZero() ? "NONE"
                : invoice.credited().isLessThan(invoice.gross()) ? "PARTLY" : "FULLY";
        return new InvoiceView(invoice.getId(), invoice.kind(), invoice.status(), invoice.reference(),
                invoice.number(), invoice.partyId(), invoice.partyCode(), invoice.partyName(), invoice.partyTaxId(),
                invoice.billingAddress(), currency, invoice.invoiceDate(), invoice.dueDate(), invoice.notes(),
                invoice.creditedInvoiceId(), invoice.origin(), invoice.abandonReason(), lines, totals.net(),
                totals.tax(), totals.gross(), totals.taxes(), invoice.paid(), invoice.credited(),
                owing ? invoice.balance() : Money.zero(currency), credit, links(invoice), invoice.validatedAt(),
                invoice.getVersion());
    }

    private List<InvoiceView.LinkView> links(Invoice invoice) {
        List<InvoiceView.LinkView> links = new ArrayList<>();
        if (invoice.origin() != null) {
            links.add(new InvoiceView.LinkView("origin", invoice.origin().documentType(),
                    invoice.origin().documentId(), null, null, null));
        }
        if (invoice.creditedInvoiceId() != null) {
            Invoice credited = find(invoice.creditedInvoiceId());
            links.add(new InvoiceView.LinkView("credits", "invoice", credited.getId(), credited.reference(),
                    credited.status(), credited.gross()));
        }
        if (invoice.kind() == InvoiceKind.INVOICE && invoice.status().frozen()) {
            for (Invoice creditNote : repository.creditNotesOf(invoice.getId())) {
                links.add(new InvoiceView.LinkView("credit-note", "credit-note", creditNote.getId(),
                        creditNote.reference(), creditNote.status(), creditNote.gross()));
            }
        }
        return links;
    }

    /** What of each line of a validated invoice its credit notes (drafts too, abandoned ones aside) leave. */
    private Map<Long, BigDecimal> creditable(Invoice invoice) {
        Map<Long, BigDecimal> credited = new HashMap<>();
        for (Object[] row : repository.creditedQuantities(invoice.getId())) {
            credited.put((Long) row[0], (BigDecimal) row[1]);
        }
        Map<Long, BigDecimal> remaining = new LinkedHashMap<>();
        for (InvoiceLine line : invoice.lines()) {
            BigDecimal taken = credited.getOrDefault(line.getId(), BigDecimal.ZERO);
            remaining.put(line.getId(), line.quantity().subtract(taken));
        }
        return remaining;
    }

    /**
     * A credit note validated against an invoice that was abandoned meanwhile, or whose lines other credit notes
     * took back since, is refused: the invoice never owes less than nothing.
     */
    private void requireCreditable(Invoice invoice, Invoice creditNote) {
        if (invoice.status() == InvoiceStatus.ABANDONED) {
            throw new RuleViolationException("invoice-credit-refused", "Credit refused",
                    "Invoice " + invoice.reference() + " is abandoned.", Map.of("status", invoice.status().name()));
        }
        if (creditNote.gross().isGreaterThan(invoice.gross().minus(invoice.credited()))) {
            throw new RuleViolationException("invoice-credited-fully", "Nothing left to credit",
                    "Credit note " + creditNote.reference() + " takes back more than " + invoice.reference()
                            + " has left.", Map.of("id", invoice.getId()));
        }
    }

    private void statusChanged(Invoice invoice, InvoiceStatus before) {
        history.changed(HISTORY, invoice.getId(), List.of(new FieldChange("invoice.field.status",
                say("invoice.status." + before), say("invoice.status." + invoice.status()))));
    }

    private Invoice.Header header(PartyReference party, Currency currency, LocalDate invoiceDate, LocalDate dueDate,
            String notes, List<FieldError> errors) {
        LocalDate date = invoiceDate != null ? invoiceDate : tenant.today();
        LocalDate due = dueDate != null ? dueDate
                : party == null ? date : PaymentTerms.valueOf(party.paymentTerms()).dueDate(date);
        if (due.isBefore(date)) {
            errors.add(new FieldError("dueDate", "{invoice.problem.due-before-date}"));
        }
        if (currency.getDefaultFractionDigits() < 0) {
            errors.add(new FieldError("currency", "{problem.field.currency}"));
        }
        String text = notes == null ? "" : notes.strip();
        if (text.length() > InvoiceRequest.MAX_NOTES) {
            errors.add(new FieldError("notes", ProblemTexts.key("problem.field.max-characters",
                    InvoiceRequest.MAX_NOTES)));
        }
        return new Invoice.Header(party == null ? 0 : party.id(), currency, date, due, text);
    }

    /** The party when it is an active customer; a 400 naming partyId when absent, else the party's own refusal. */
    private PartyReference customer(long partyId, List<FieldError> errors) {
        if (partyId <= 0) {
            errors.add(new FieldError("partyId", "{problem.field.not-blank}"));
            return null;
        }
        return parties.requireActiveCustomer(partyId);
    }

    private PartyReference party(long partyId) {
        return parties.find(partyId).orElseThrow(() -> new NotFoundException("Third party", partyId));
    }

    /** Each line filled from the product and tax rate it names; a null line stays null, for the check to name. */
    private List<NewInvoice.Line> completed(List<NewInvoice.Line> lines, Currency currency, List<FieldError> errors) {
        List<NewInvoice.Line> completed = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            NewInvoice.Line line = lines.get(i);
            completed.add(line == null ? null : catalog.complete(line, currency, "lines[" + i + "].", errors));
        }
        return completed;
    }

    private InvoiceLines.Figures figures(Invoice invoice, LineRequest request) {
        List<FieldError> errors = new ArrayList<>();
        NewInvoice.Line line = request == null ? new LineRequest(null, null, null, null, null, null, null, null, null,
                null).toLine() : request.toLine();
        InvoiceLines.Figures figures = InvoiceLines.check(catalog.complete(line, invoice.currency(), "", errors),
                invoice.currency(), "", errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalidFields(errors);
        }
        return figures;
    }

    private static void requireOwnLines(Invoice invoice) {
        if (invoice.kind() == InvoiceKind.CREDIT_NOTE) {
            throw new RuleViolationException("credit-note-lines-from-invoice", "Lines come from the invoice",
                    "A credit note's lines are its invoice's; remove the ones it should not take back.",
                    Map.of("id", invoice.getId()));
        }
    }

    private static void requireVersion(Invoice invoice, long version) {
        if (invoice.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(Invoice.class, invoice.getId());
        }
    }

    private Invoice find(long id) {
        return repository.findById(id).orElseThrow(() -> new NotFoundException("Invoice", id));
    }

    private static ListFilter<Invoice> matching(InvoiceSearch search) {
        ListFilter<Invoice> filter = ListFilter.all();
        if (search.status() != null) {
            filter = filter.equal(Invoice_.status, search.status());
        }
        if (search.kind() != null) {
            filter = filter.equal(Invoice_.kind, search.kind());
        }
        if (search.party() != null) {
            filter = filter.equal(Invoice_.partyId, search.party());
        }
        if (search.from() != null) {
            filter = filter.sql("invoice_date >= cast(? as date)", search.from().toString());
        }
        if (search.to() != null) {
            filter = filter.sql("invoice_date <= cast(? as date)", search.to().toString());
        }
        if (search.q() != null) {
            filter = filter.containsText(search.q(), Invoice_.number, Invoice_.partyName);
        }
        return filter;
    }

    private String say(String key) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(key, null, key, locale);
    }
}
