package dev.atrium.contracts;

import dev.atrium.contracts.ContractLine.LineTerms;
import dev.atrium.contracts.export.ContractSummary;
import dev.atrium.plugin.context.CurrentTenant;
import dev.atrium.plugin.context.CurrentUser;
import dev.atrium.plugin.history.HistoryEntry;
import dev.atrium.plugin.history.RecordHistory;
import dev.atrium.plugin.list.CsvColumns;
import dev.atrium.plugin.list.ExportFormat;
import dev.atrium.plugin.list.KeysetRequest;
import dev.atrium.plugin.list.ListFilter;
import dev.atrium.plugin.list.ListPage;
import dev.atrium.plugin.list.TableExports;
import dev.atrium.plugin.list.TableWriter;
import dev.atrium.plugin.tag.TagRef;
import dev.atrium.plugin.tag.Tags;
import dev.atrium.plugin.module.ModuleSettings;
import dev.atrium.plugin.money.Money;
import dev.atrium.plugin.party.Parties;
import dev.atrium.plugin.party.PartyReference;
import dev.atrium.plugin.problem.NotFoundException;
import dev.atrium.plugin.problem.ProblemException;
import dev.atrium.plugin.problem.RuleViolationException;
import jakarta.persistence.EntityManager;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.transaction.annotation.Transactional;

/** The tenant's contracts and their lines; the bound tenant is applied by the host, so nothing here names one. */
class ContractService {

    /** The record type of contracts on the timeline. */
    static final String HISTORY = "contract";

    /** Up to how many contracts a list counts exactly. */
    static final int COUNT_CAP = 1000;

    /** How many contracts an export reads at a time. */
    private static final int EXPORT_BATCH = 500;

    @PersistenceContext
    private EntityManager entityManager;

    private final Parties parties;
    private final CurrentTenant tenant;
    private final CurrentUser user;
    private final ModuleSettings settings;
    private final RecordHistory history;
    private final Tags tags;
    private final TableExports exports;
    private final MessageSource messages;

    ContractService(Parties parties, CurrentTenant tenant, CurrentUser user, ModuleSettings settings,
            RecordHistory history, Tags tags, TableExports exports, MessageSource messages) {
        this.exports = exports;
        this.messages = messages;
        this.parties = parties;
        this.tenant = tenant;
        this.user = user;
        this.settings = settings;
        this.history = history;
        this.tags = tags;
    }

    /**
     * A page of the contracts the search keeps, each with its tags (read for the whole page in one query), and how
     * many there are up to {@link #COUNT_CAP}: "1,000+" beyond, so that counting costs no more than a page.
     */
    @Transactional(readOnly = true)
    public ListPage<ContractView> list(ContractSearch search) {
        KeysetRequest request = search.keyset();
        ListFilter<Contract> filter = search.filter(tags);
        ListPage<ContractSearch.Row> page = ContractSearch.LIST.page(entityManager, filter, request);
        Map<Long, List<TagRef>> tagged = tags.of(HISTORY, page.items().stream().map(ContractSearch.Row::id).toList());
        List<ContractView> items = page.items().stream()
                .map(row -> ContractView.of(row, tagged.getOrDefault(row.id(), List.of()))).toList();
        return new ListPage<>(items, page.size(), page.hasNext(), page.hasPrevious(), page.next(), page.previous(),
                ContractSearch.LIST.count(entityManager, filter, COUNT_CAP));
    }

    /**
     * Every contract the search keeps, in its order, as a download in {@code format} of the columns {@code fields}
     * names (all when none), headed in the reader's language. A bad sort or field is a 400 before anything is sent.
     */
    @Transactional(readOnly = true)
    public void export(ContractSearch search, List<String> fields, ExportFormat format, HttpServletResponse response)
            throws IOException {
        search.keyset();
        CsvColumns<ContractSearch.Row> columns = ContractColumns.EXPORT.select(fields);
        Locale locale = LocaleContextHolder.getLocale();
        try (TableWriter out = exports.start(response, "contracts", format,
                columns.headers(field -> messages.getMessage("contracts.list.field." + field, null, locale)))) {
            ContractSearch.LIST.forEach(entityManager, search.filter(tags), search.sort(), EXPORT_BATCH,
                    row -> out.row(columns.values(row)));
            out.finish();
        }
    }

    /** The contract with its lines and tags; 404 for an id the tenant has no contract under. */
    @Transactional(readOnly = true)
    public ContractDetail get(long contractId) {
        return ContractDetail.of(contract(contractId), linesOf(contractId), tags.of(HISTORY, contractId));
    }

    /** The tenant's tags, to choose from. */
    @Transactional(readOnly = true)
    public List<TagRef> allTags() {
        return tags.all();
    }

    /** Replaces the contract's tags (on its timeline); 404 for another tenant's contract, 400 for an unknown tag. */
    @Transactional
    public List<TagRef> retag(long contractId, Collection<Long> tagIds) {
        contract(contractId);
        return tags.set(HISTORY, contractId, tagIds);
    }

    /**
     * Registers a contract with an active customer. It starts today in the tenant's time zone unless told
     * otherwise, and runs for the tenant's {@code contracts.default-term-months} unless given an end.
     */
    @Transactional
    public ContractView register(RegisterContract command) {
        boolean taken = !entityManager.createQuery("select c.id from Contract c where c.reference = :reference", Long.class)
                .setParameter("reference", command.reference()).setMaxResults(1).getResultList().isEmpty();
        if (taken) {
            throw new RuleViolationException("contract-reference-taken", "Contract reference taken",
                    "There is already a contract " + command.reference() + ".",
                    Map.of("reference", command.reference()));
        }
        PartyReference customer = parties.requireActiveCustomer(command.partyId());
        LocalDate startDate = command.startDate() != null ? command.startDate() : tenant.today();
        LocalDate endDate = command.endDate() != null ? command.endDate()
                : startDate.plusMonths(settings.getInt(ContractsModule.TERM_SETTING)).minusDays(1);
        Invalid invalid = new Invalid();
        if (endDate.isBefore(startDate)) {
            invalid.field("endDate", "must not be before the start date");
        }
        invalid.throwIfAny();
        Contract contract = new Contract(command.reference(), command.title(), customer, startDate, endDate,
                user.id(), user.displayName());
        entityManager.persist(contract);
        history.created(HISTORY, contract.getId());
        return ContractView.of(contract);
    }

    @Transactional
    public LineView addLine(long contractId, LineCommand command) {
        Contract contract = contract(contractId);
        Map<String, String> before = linesSnapshot(contractId);
        ContractLine line = new ContractLine(contractId, terms(contract, command));
        entityManager.persist(line);
        history.changed(HISTORY, contractId, before, linesSnapshot(contractId));
        return LineView.of(line);
    }

    @Transactional
    public LineView changeLine(long contractId, long lineId, long version, LineCommand command) {
        Contract contract = contract(contractId);
        ContractLine line = line(contractId, lineId);
        if (line.getVersion() != version) {
            throw new RuleViolationException("contract-line-changed", "Contract line changed meanwhile",
                    "The line was changed since version " + version + " was read; read it again and retry.",
                    Map.of("version", line.getVersion()));
        }
        Map<String, String> before = linesSnapshot(contractId);
        line.change(terms(contract, command));
        entityManager.flush();
        history.changed(HISTORY, contractId, before, linesSnapshot(contractId));
        return LineView.of(line);
    }

    @Transactional
    public LineView activateLine(long contractId, long lineId) {
        contract(contractId);
        ContractLine line = line(contractId, lineId);
        Map<String, String> before = linesSnapshot(contractId);
        line.activate();
        entityManager.flush();
        history.changed(HISTORY, contractId, before, linesSnapshot(contractId));
        return LineView.of(line);
    }

    @Transactional
    public LineView closeLine(long contractId, long lineId) {
        contract(contractId);
        ContractLine line = line(contractId, lineId);
        Map<String, String> before = linesSnapshot(contractId);
        line.close();
        entityManager.flush();
        history.changed(HISTORY, contractId, before, linesSnapshot(contractId));
        return LineView.of(line);
    }

    /** The contract's timeline, newest first; 404 for an id the tenant has no contract under. */
    @Transactional(readOnly = true)
    public List<HistoryEntry> history(long contractId) {
        contract(contractId);
        return history.timeline(HISTORY, contractId, null, RecordHistory.MAX_PAGE).items();
    }

    /** A person's note on the contract; a blank or too long one is the host's 400 naming {@code text}. */
    @Transactional
    public void note(long contractId, String text) {
        contract(contractId);
        history.note(HISTORY, contractId, text);
    }

    /**
     * The customer's contracts running today in the tenant's zone that have at least one active line: what
     * another module (maintenance, say) could build on.
     */
    @Transactional(readOnly = true)
    public List<ContractSummary> activeContractsOf(long partyId) {
        LocalDate today = tenant.today();
        List<Contract> running = entityManager.createQuery("""
                        select c from Contract c where c.partyId = :partyId
                        and c.startDate <= :today and (c.endDate is null or c.endDate >= :today)
                        and exists (select l.id from ContractLine l where l.contractId = c.id and l.status = :active)
                        order by c.reference""", Contract.class)
                .setParameter("partyId", partyId).setParameter("today", today)
                .setParameter("active", LineStatus.ACTIVE).getResultList();
        return running.stream().map(contract -> {
            List<ContractLine> active = linesOf(contract.getId()).stream()
                    .filter(line -> line.getStatus() == LineStatus.ACTIVE).toList();
            Money total = active.stream().map(ContractLine::total).reduce(Money::plus).orElseThrow();
            return new ContractSummary(contract.getId(), contract.getReference(), contract.getTitle(),
                    contract.getStartDate(), contract.getEndDate(), active.size(), total);
        }).toList();
    }

    /** Keeps the customer name the contracts show up to date when the host says the party changed. */
    @Transactional
    public int renameCustomer(long partyId, String name) {
        return entityManager.createQuery("""
                        update versioned Contract c set c.customerName = :name
                        where c.partyId = :partyId and (c.customerName is null or c.customerName <> :name)""")
                .setParameter("name", name).setParameter("partyId", partyId).executeUpdate();
    }

    /**
     * The line's terms once every field is checked, all refusals in one problem: the price in the tenant's
     * currency at its minor unit, dates in order and inside the contract's term.
     */
    private LineTerms terms(Contract contract, LineCommand command) {
        Invalid invalid = new Invalid();
        Money unitPrice = null;
        try {
            unitPrice = command.unitPrice() == null ? null : Money.of(command.unitPrice(), tenant.currency());
        } catch (IllegalArgumentException e) {
            invalid.field("unitPrice", "must be an amount in " + tenant.currency().getCurrencyCode()
                    + " with at most " + tenant.currency().getDefaultFractionDigits() + " decimals");
        }
        if (command.unitPrice() == null) {
            invalid.field("unitPrice", "must not be blank");
        } else if (unitPrice != null && unitPrice.isNegative()) {
            invalid.field("unitPrice", "must not be negative");
        }
        if (command.description() == null || command.description().isBlank()) {
            invalid.field("description", "must not be blank");
        }
        if (command.quantity() == null || command.quantity().signum() <= 0) {
            invalid.field("quantity", "must be greater than 0");
        }
        LocalDate start = command.startDate();
        LocalDate end = command.endDate();
        if (start != null && end != null && end.isBefore(start)) {
            invalid.field("endDate", "must not be before the line's start date");
        }
        if (start != null && outsideTerm(contract, start)) {
            invalid.field("startDate", "must be within the contract's term " + term(contract));
        }
        if (end != null && outsideTerm(contract, end)) {
            invalid.field("endDate", "must be within the contract's term " + term(contract));
        }
        invalid.throwIfAny();
        return new LineTerms(command.description(), command.quantity(), unitPrice, start, end);
    }

    private static boolean outsideTerm(Contract contract, LocalDate date) {
        return (contract.getStartDate() != null && date.isBefore(contract.getStartDate()))
                || (contract.getEndDate() != null && date.isAfter(contract.getEndDate()));
    }

    private static String term(Contract contract) {
        return contract.getStartDate() + " to " + contract.getEndDate();
    }

    private Contract contract(long contractId) {
        Contract contract = entityManager.find(Contract.class, contractId);
        if (contract == null) {
            throw new NotFoundException("Contract", contractId);
        }
        return contract;
    }

    /** A line of another contract, even the tenant's own, is not found under this one. */
    private ContractLine line(long contractId, long lineId) {
        ContractLine line = entityManager.find(ContractLine.class, lineId);
        if (line == null || line.getContractId() != contractId) {
            throw new NotFoundException("Contract line", lineId);
        }
        return line;
    }

    /**
     * The lines as the timeline compares them: one field per line, labelled with its description, showing its
     * terms and status, so adding, changing, activating or closing a line shows what it was and became.
     */
    private Map<String, String> linesSnapshot(long contractId) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (ContractLine line : linesOf(contractId)) {
            String label = "Line " + line.getDescription();
            while (fields.containsKey(label)) {
                label = label + "'";
            }
            fields.put(label, line.getQuantity().stripTrailingZeros().toPlainString() + " × " + line.getUnitPrice()
                    + ", " + line.getStatus().name().toLowerCase(Locale.ROOT)
                    + (line.getStartDate() == null ? "" : ", from " + line.getStartDate())
                    + (line.getEndDate() == null ? "" : " to " + line.getEndDate()));
        }
        return fields;
    }

    private List<ContractLine> linesOf(long contractId) {
        return entityManager.createQuery("select l from ContractLine l where l.contractId = :contractId order by l.id",
                ContractLine.class).setParameter("contractId", contractId).getResultList();
    }

    /** A contract's terms as asked for: the end may be left out, the start too. */
    record RegisterContract(String reference, String title, long partyId, LocalDate startDate, LocalDate endDate) {
    }

    /** A line's terms as asked for; the unit price is a plain decimal in the tenant's currency. */
    record LineCommand(String description, BigDecimal quantity, String unitPrice, LocalDate startDate,
            LocalDate endDate) {
    }

    /** Field errors gathered into the one 400 problem the host's validation answers with. */
    static final class Invalid {
        private final Map<String, String> fields = new LinkedHashMap<>();

        void field(String field, String message) {
            fields.putIfAbsent(field, message);
        }

        void throwIfAny() {
            if (fields.isEmpty()) {
                return;
            }
            List<Map<String, String>> errors = fields.entrySet().stream()
                    .map(e -> Map.of("field", e.getKey(), "message", e.getValue())).toList();
            String summary = fields.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                    .reduce((a, b) -> a + "; " + b).orElseThrow();
            throw new InvalidFields(fields.size() + (fields.size() == 1 ? " field is" : " fields are")
                    + " invalid: " + summary + ".", Map.of("errors", errors), Map.copyOf(fields));
        }
    }

    /** The 400 problem, still knowing its fields, so a page can show each beside its input. */
    static final class InvalidFields extends ProblemException {
        private final Map<String, String> fields;

        InvalidFields(String detail, Map<String, Object> properties, Map<String, String> fields) {
            super(400, "validation-failed", "Invalid input", detail, properties);
            this.fields = fields;
        }

        Map<String, String> fields() {
            return fields;
        }
    }

    record ContractView(long id, String reference, String title, Long partyId, String customerName,
            LocalDate startDate, LocalDate endDate, String createdBy, List<TagRef> tags) {
        static ContractView of(Contract contract) {
            return of(contract, List.of());
        }

        static ContractView of(ContractSearch.Row row, List<TagRef> tags) {
            return new ContractView(row.id(), row.reference(), row.title(), row.partyId(), row.customerName(),
                    row.startDate(), row.endDate(), row.createdByName(), tags);
        }

        static ContractView of(Contract contract, List<TagRef> tags) {
            return new ContractView(contract.getId(), contract.getReference(), contract.getTitle(),
                    contract.getPartyId(), contract.getCustomerName(), contract.getStartDate(), contract.getEndDate(),
                    contract.getCreatedByName(), tags);
        }
    }

    record ContractDetail(long id, String reference, String title, Long partyId, String customerName,
            LocalDate startDate, LocalDate endDate, String createdBy, List<LineView> lines, List<TagRef> tags) {
        static ContractDetail of(Contract contract, List<ContractLine> lines, List<TagRef> tags) {
            return new ContractDetail(contract.getId(), contract.getReference(), contract.getTitle(),
                    contract.getPartyId(), contract.getCustomerName(), contract.getStartDate(), contract.getEndDate(),
                    contract.getCreatedByName(), lines.stream().map(LineView::of).toList(), tags);
        }
    }

    record LineView(long id, long contractId, String description, BigDecimal quantity, Money unitPrice, Money total,
            LocalDate startDate, LocalDate endDate, LineStatus status, long version, boolean canActivate,
            boolean canClose) {
        static LineView of(ContractLine line) {
            return new LineView(line.getId(), line.getContractId(), line.getDescription(), line.getQuantity(),
                    line.getUnitPrice(), line.total(), line.getStartDate(), line.getEndDate(), line.getStatus(),
                    line.getVersion(), line.getStatus().canMoveTo(LineStatus.ACTIVE),
                    line.getStatus().canMoveTo(LineStatus.CLOSED));
        }
    }
}
