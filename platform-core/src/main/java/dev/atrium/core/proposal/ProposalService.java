package dev.atrium.core.proposal;

import dev.atrium.core.principal.CorePermissions;
import dev.atrium.plugin.context.CurrentTenant;
import dev.atrium.plugin.history.HistoryEntry;
import dev.atrium.plugin.history.RecordHistory;
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
import dev.atrium.core.problem.ProblemTexts;
import jakarta.persistence.EntityManager;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tenant's proposals: written as drafts with their lines, numbered at creation from {@code core.proposal},
 * moved through {@link ProposalStatus}. Every change is on the proposal's timeline. A refused request writes
 * nothing: every field is checked before the first write, and a rule broken later rolls the whole use case back.
 */
@Service
class ProposalService {

    static final String READ = "hasAuthority('" + CorePermissions.PROPOSAL_READ + "')";
    static final String EDIT = "hasAuthority('" + CorePermissions.PROPOSAL_EDIT + "')";
    static final String SEND = "hasAuthority('" + CorePermissions.PROPOSAL_SEND + "')";
    static final String EXPORT = "hasAuthority('" + CorePermissions.PROPOSAL_EXPORT + "')";

    /** The record type of proposals on the timeline. */
    static final String HISTORY = "proposal";

    static final int COUNT_CAP = 1000;
    static final int MAX_REASON = 1000;
    private static final int EXPORT_BATCH = 500;

    private final EntityManager entityManager;
    private final CurrentTenant tenant;
    private final Parties parties;
    private final SalesLines lines;
    private final SalesPrintouts printouts;
    private final DocumentNumbers numbers;
    private final RecordHistory history;
    private final TableExports exports;
    private final MessageSource messages;
    private final Clock clock;

    ProposalService(EntityManager entityManager, CurrentTenant tenant, Parties parties, SalesLines lines,
            SalesPrintouts printouts, DocumentNumbers numbers, RecordHistory history, TableExports exports,
            MessageSource messages, Clock clock) {
        this.printouts = printouts;
        this.entityManager = entityManager;
        this.tenant = tenant;
        this.parties = parties;
        this.lines = lines;
        this.numbers = numbers;
        this.history = history;
        this.exports = exports;
        this.messages = messages;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    ListPage<ProposalSummary> list(ProposalSearch search) {
        LocalDate today = tenant.today();
        ListFilter<Proposal> filter = search.filter(today);
        ListPage<ProposalSearch.Row> page = ProposalSearch.LIST.page(entityManager, filter, search.keyset());
        return new ListPage<>(page.items().stream().map(row -> ProposalSummary.of(row, today)).toList(), page.size(),
                page.hasNext(), page.hasPrevious(), page.next(), page.previous(),
                ProposalSearch.LIST.count(entityManager, filter, COUNT_CAP));
    }

    @Transactional(readOnly = true)
    void export(ProposalSearch search, List<String> fields, ExportFormat format, HttpServletResponse response)
            throws IOException {
        search.keyset();
        LocalDate today = tenant.today();
        CsvColumns<ProposalSummary> columns = ProposalSummary.columns(this::say).select(fields);
        try (TableWriter out = exports.start(response, "proposals", format,
                columns.headers(field -> say("proposal.field." + field)))) {
            ProposalSearch.LIST.forEach(entityManager, search.filter(today), search.sort(), EXPORT_BATCH,
                    row -> out.row(columns.values(ProposalSummary.of(row, today))));
            out.finish();
        }
    }

    @Transactional(readOnly = true)
    ProposalView get(long id) {
        return ProposalView.of(find(id), tenant.today());
    }

    /** The proposal as the printer takes it, in {@code locale}; 404 for an id the tenant has no proposal under. */
    @Transactional(readOnly = true)
    PrintableDocument printable(long id, Locale locale) {
        ProposalView proposal = get(id);
        Map<String, LocalDate> dates = new LinkedHashMap<>();
        dates.put("proposal.field.proposalDate", proposal.proposalDate());
        dates.put("proposal.field.validUntil", proposal.validUntil());
        return printouts.printable("proposal.print.title", proposal.reference(), dates, proposal.partyId(),
                proposal.partyName(), proposal.lines(), proposal.totals(), proposal.notes(), locale);
    }

    /** A draft with its first lines, numbered now; the party must be one of the tenant's, active. */
    @Transactional
    ProposalView create(ProposalRequest written) {
        Optional<PartyReference> party = party(written.partyId());
        Currency currency = written.currency() != null ? written.currency()
                : party.map(PartyReference::currency).orElse(tenant.currency());
        ProposalRequest request = written.withLines((i, line) -> lines.resolved(line, currency, "lines[" + i + "]."));
        Proposal.Header header = header(request);
        List<FieldError> errors = new ArrayList<>(request.errors(currency, header.proposalDate(),
                header.validUntil(), false));
        partyErrors(request, party, errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalidFields(errors);
        }
        Proposal proposal = new Proposal(numbers.next(ProposalDeclarations.SERIES, header.proposalDate()),
                party.orElseThrow(), currency, header, clock.instant());
        request.lines().forEach(line -> proposal.addLine(line.terms(currency), clock.instant()));
        entityManager.persist(proposal);
        entityManager.flush();
        history.created(HISTORY, proposal.getId());
        return ProposalView.of(proposal, tenant.today());
    }

    /** The header of a draft, with the version read: a change made meanwhile is refused. */
    @Transactional
    ProposalView change(long id, ProposalRequest request) {
        Proposal proposal = find(id);
        Optional<PartyReference> party = party(request.partyId());
        Proposal.Header header = header(request);
        List<FieldError> errors = new ArrayList<>(request.errors(proposal.currency(), header.proposalDate(),
                header.validUntil(), true));
        partyErrors(request, party, errors);
        if (request.currency() != null && !request.currency().equals(proposal.currency())) {
            errors.add(new FieldError("currency", "{proposal.problem.currency-fixed}"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalidFields(errors);
        }
        requireVersion(proposal, request.version());
        Map<String, String> before = proposal.snapshot();
        proposal.change(party.orElseThrow(), header, clock.instant());
        return saved(proposal, before);
    }

    @Transactional
    LineView addLine(long id, LineRequest written) {
        Proposal proposal = find(id);
        LineRequest request = lines.resolved(written, proposal.currency(), "");
        requireValid(request, proposal.currency(), false);
        Map<String, String> before = proposal.snapshot();
        ProposalLine line = proposal.addLine(request.terms(proposal.currency()), clock.instant());
        saved(proposal, before);
        return LineView.of(line);
    }

    @Transactional
    LineView changeLine(long id, long lineId, LineRequest written) {
        Proposal proposal = find(id);
        LineRequest request = lines.resolved(written, proposal.currency(), "");
        requireValid(request, proposal.currency(), true);
        Map<String, String> before = proposal.snapshot();
        ProposalLine line = proposal.changeLine(lineId, request.version(), request.terms(proposal.currency()),
                clock.instant());
        saved(proposal, before);
        return LineView.of(line);
    }

    @Transactional
    ProposalView removeLine(long id, long lineId) {
        Proposal proposal = find(id);
        Map<String, String> before = proposal.snapshot();
        proposal.removeLine(lineId, clock.instant());
        return saved(proposal, before);
    }

    /** Sends, negotiates, approves, rejects (with a reason) or reopens it, as {@link ProposalStatus} allows. */
    @Transactional
    ProposalView act(long id, ProposalStatus.Action action, String reason) {
        Proposal proposal = find(id);
        String stated = reason == null || reason.isBlank() ? null : reason.strip();
        if (action == ProposalStatus.Action.REJECT && proposal.status().allows(action)) {
            if (stated == null) {
                throw ProblemException.invalidField("reason", "{problem.field.not-blank}");
            }
            if (stated.length() > MAX_REASON) {
                throw ProblemException.invalidField("reason", ProblemTexts.key("problem.field.max-characters",
                        MAX_REASON));
            }
        }
        Map<String, String> before = proposal.snapshot();
        proposal.apply(action, stated, clock.instant());
        return saved(proposal, before);
    }

    /**
     * The proposal left by email: a draft becomes Sent, as "Mark as sent" would make it; past Draft it stays where
     * it is, since sending again is a reminder, not a step back. The sending's own history entry says who it went to.
     */
    @Transactional
    void sentByEmail(long id) {
        Proposal proposal = find(id);
        if (proposal.status().allows(ProposalStatus.Action.SEND)) {
            Map<String, String> before = proposal.snapshot();
            proposal.apply(ProposalStatus.Action.SEND, null, clock.instant());
            saved(proposal, before);
        }
    }

    @Transactional(readOnly = true)
    List<HistoryEntry> history(long id, int size) {
        find(id);
        return history.timeline(HISTORY, id, null, size).items();
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

    /** The parties a proposal may be written to, for the new proposal's form. */
    @Transactional(readOnly = true)
    List<PartyReference> partiesMatching(String text) {
        return parties.search(text == null ? "" : text, 50).stream().filter(PartyReference::active).toList();
    }

    LocalDate today() {
        return tenant.today();
    }

    private ProposalView saved(Proposal proposal, Map<String, String> before) {
        entityManager.flush();
        history.changed(HISTORY, proposal.getId(), before, proposal.snapshot());
        return ProposalView.of(proposal, tenant.today());
    }

    private Proposal.Header header(ProposalRequest request) {
        LocalDate date = request.proposalDate() != null ? request.proposalDate() : tenant.today();
        LocalDate until = request.validUntil() != null ? request.validUntil()
                : date.plusDays(ProposalRequest.DEFAULT_VALIDITY_DAYS);
        return new Proposal.Header(date, until, request.notes());
    }

    private Optional<PartyReference> party(Long partyId) {
        return partyId == null ? Optional.empty() : parties.find(partyId);
    }

    /** Another tenant's party reads exactly like one that never existed. */
    private static void partyErrors(ProposalRequest request, Optional<PartyReference> party, List<FieldError> errors) {
        if (request.partyId() != null && party.isEmpty()) {
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

    private static void requireVersion(Proposal proposal, long version) {
        if (proposal.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(Proposal.class, proposal.getId());
        }
    }

    private Proposal find(long id) {
        Proposal proposal = entityManager.find(Proposal.class, id);
        if (proposal == null) {
            throw new NotFoundException("Proposal", id);
        }
        return proposal;
    }

    private String say(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }
}
