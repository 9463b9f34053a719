package dev.atrium.core.party;

import dev.atrium.core.company.CompanyCountry;
import dev.atrium.core.principal.CorePermissions;
import dev.atrium.core.party.ThirdPartyView.AddressView;
import dev.atrium.core.party.ThirdPartyView.ContactView;
import dev.atrium.core.tenancy.TenantContext;
import dev.atrium.core.tenant.TenantService;
import dev.atrium.plugin.event.PartyChanged;
import dev.atrium.plugin.event.PartyChanged.Change;
import dev.atrium.plugin.history.HistoryEntry;
import dev.atrium.plugin.history.RecordHistory;
import dev.atrium.plugin.list.CsvColumns;
import dev.atrium.plugin.list.ExportFormat;
import dev.atrium.plugin.list.ListPage;
import dev.atrium.plugin.list.TableExports;
import dev.atrium.plugin.list.TableWriter;
import dev.atrium.plugin.list.TenantReads;
import dev.atrium.plugin.persistence.EntityProjections;
import dev.atrium.plugin.persistence.TenantScopedEntity;
import dev.atrium.plugin.numbering.DocumentNumbers;
import dev.atrium.plugin.problem.FieldError;
import dev.atrium.plugin.problem.NotFoundException;
import dev.atrium.plugin.problem.ProblemException;
import dev.atrium.plugin.problem.RuleViolationException;
import jakarta.persistence.EntityManager;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.projection.ProjectionFactory;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The third-party use cases, each one transaction, for the API, the pages and the demo data alike. */
@Service
class ThirdPartyService {

    static final String READ = "hasAuthority('" + CorePermissions.THIRD_PARTY_READ + "')";
    static final String CREATE = "hasAuthority('" + CorePermissions.THIRD_PARTY_CREATE + "')";
    static final String EDIT = "hasAuthority('" + CorePermissions.THIRD_PARTY_EDIT + "')";
    static final String DELETE = "hasAuthority('" + CorePermissions.THIRD_PARTY_DELETE + "')";
    static final String EXPORT = "hasAuthority('" + CorePermissions.THIRD_PARTY_EXPORT + "')";

    /** The record type of third parties on the timeline. */
    static final String HISTORY = "third-party";

    private static final int EXPORT_BATCH = 500;
    /** How far a list counts its matches exactly; beyond it says "1,000+", so counting stays as cheap as a page. */
    static final int COUNT_CAP = 1000;
    /** What the third_party.code column accepts, as the request's own check on a typed code. */
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9._-]{1,30}");
    private static final ProjectionFactory PROJECTIONS =
            EntityProjections.factory(ThirdPartyService.class.getClassLoader());

    private final ThirdPartyRepository repository;
    private final TenantService tenants;
    private final EntityManager entityManager;
    private final DocumentNumbers numbers;
    private final Clock clock;
    private final PartyUsage usage;
    private final ApplicationEventPublisher events;
    private final RecordHistory history;
    private final TableExports exports;
    private final PartyLabels labels;
    private final ThirdPartyImport importer;
    private final CompanyCountry companyCountry;
    private final TenantReads reads;

    ThirdPartyService(ThirdPartyRepository repository, TenantService tenants, EntityManager entityManager,
            DocumentNumbers numbers, Clock clock, PartyUsage usage, ApplicationEventPublisher events,
            RecordHistory history, TableExports exports, PartyLabels labels, ThirdPartyImport importer,
            CompanyCountry companyCountry, TenantReads reads) {
        this.companyCountry = companyCountry;
        this.reads = reads;
        this.exports = exports;
        this.importer = importer;
        this.labels = labels;
        this.repository = repository;
        this.tenants = tenants;
        this.entityManager = entityManager;
        this.numbers = numbers;
        this.clock = clock;
        this.usage = usage;
        this.events = events;
        this.history = history;
    }

    /**
     * A page of the matches, with their count up to {@link #COUNT_CAP}: "1,000+" beyond. Not a JPA transaction: the
     * list reads in a plain read-only one of its own, which binds the tenant as every transaction does.
     */
    ListPage<ThirdPartySummary> list(ThirdPartySearch search) {
        return ThirdPartyRepository.LIST.countedPage(entityManager, reads, ThirdPartyRepository.matching(search),
                search.keyset(), COUNT_CAP);
    }

    /**
     * Every match (or the selection {@code search.ids()} names) as a CSV or XLSX download, streamed a batch at a
     * time, with the {@code fields} asked for (all when none), headers and values in the user's language. A bad
     * sort, cursor or field is refused before anything is written.
     */
    @Transactional(readOnly = true)
    void export(ThirdPartySearch search, List<String> fields, ExportFormat format, HttpServletResponse response)
            throws IOException {
        search.keyset();
        ZoneId zone = zone();
        CsvColumns<ThirdPartySummary> columns = ThirdPartySummary.columns(labels::say, zone).select(fields);
        try (TableWriter out = exports.start(response, "third-parties", format,
                columns.headers(field -> labels.say("partylist.field." + field)))) {
            ThirdPartyRepository.LIST.forEach(entityManager, ThirdPartyRepository.matching(search), search.sort(),
                    EXPORT_BATCH, row -> out.row(columns.values(row)));
            out.finish();
        }
    }

    /**
     * Archives every third party {@code ids} names, all or none: a 400 naming {@code ids} when one is not the
     * tenant's, a 409 when one is archived already. Each one's timeline records it and modules are told.
     */
    @Transactional
    List<Long> archiveAll(List<Long> ids) {
        List<Long> distinct = ids.stream().distinct().toList();
        Map<Long, ThirdParty> found = new java.util.HashMap<>();
        repository.findAllById(distinct).forEach(party -> found.put(party.getId(), party));
        List<Long> unknown = distinct.stream().filter(id -> !found.containsKey(id)).toList();
        if (!unknown.isEmpty()) {
            throw ProblemException.invalidField("ids", "holds no third party of yours with id "
                    + unknown.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(", ")));
        }
        List<String> archived = distinct.stream().map(found::get)
                .filter(ThirdParty::archived).map(ThirdParty::code).toList();
        if (!archived.isEmpty()) {
            throw new RuleViolationException("third-party-status-unchanged", "Third party already archived",
                    "Already archived: " + String.join(", ", archived) + ". Nothing was archived.",
                    Map.of("codes", archived));
        }
        distinct.forEach(this::archive);
        return distinct;
    }

    /** What importing {@code csv} would create, row by row with what is wrong with each; nothing written. */
    @Transactional(readOnly = true)
    ThirdPartyImport.Preview previewImport(String csv) {
        return importer.read(csv, repository::existsByCode);
    }

    /**
     * Creates every third party of {@code csv}, all or none: a 400 naming each bad row ({@code rows[3]}, its line
     * in the file) when one is, and nothing written then.
     */
    @Transactional
    ImportAnswer importAll(String csv) {
        ThirdPartyImport.Preview preview = importer.read(csv, repository::existsByCode);
        if (preview.rows().isEmpty()) {
            throw ProblemException.invalidField("file", "must hold at least one row under its header");
        }
        if (!preview.importable()) {
            throw ProblemException.invalidFields(preview.rows().stream().filter(row -> !row.valid())
                    .map(row -> new FieldError("rows[" + row.line() + "]", String.join("; ", row.errors())))
                    .toList());
        }
        return ImportAnswer.of(preview, preview.rows().stream().map(row -> create(row.request()).getId()).toList());
    }

    @Transactional(readOnly = true)
    ThirdPartyView get(long id) {
        return view(find(id));
    }

    /** What modules' rows refer to it, for the archive confirmation. */
    @Transactional(readOnly = true)
    List<String> uses(long id) {
        return usage.uses(find(id));
    }

    @Transactional
    ThirdPartyView create(ThirdPartyRequest request) {
        String code = request.code() != null ? freeCode(request.code(), null) : nextCode(request);
        ThirdParty party = repository.saveAndFlush(new ThirdParty(request, code, currencyOf(request), clock.instant()));
        history.created(HISTORY, party.getId());
        return changed(party, Change.CREATED);
    }

    @Transactional
    ThirdPartyView change(long id, ThirdPartyRequest request) {
        ThirdParty party = find(id);
        if (party.getVersion() != request.version()) {
            throw new ObjectOptimisticLockingFailureException(ThirdParty.class, id);
        }
        String code = request.code() != null ? freeCode(request.code(), id) : party.code();
        return recorded(party, () -> {
            party.change(request, code, currencyOf(request), clock.instant());
            return changed(repository.saveAndFlush(party), Change.UPDATED);
        });
    }

    /** Out of the default list and of new business; documents that refer to it keep doing so. */
    @Transactional
    ThirdPartyView archive(long id) {
        ThirdParty party = find(id);
        return recorded(party, () -> {
            party.archive(clock.instant());
            return changed(repository.saveAndFlush(party), Change.UPDATED);
        });
    }

    @Transactional
    ThirdPartyView restore(long id) {
        ThirdParty party = find(id);
        return recorded(party, () -> {
            party.restore(clock.instant());
            return changed(repository.saveAndFlush(party), Change.UPDATED);
        });
    }

    @Transactional(readOnly = true)
    ContactView contact(long id, long contactId) {
        return PROJECTIONS.createProjection(ContactView.class, find(id).contacts().find(contactId));
    }

    @Transactional(readOnly = true)
    AddressView address(long id, long addressId) {
        return PROJECTIONS.createProjection(AddressView.class, find(id).addresses().find(addressId));
    }

    @Transactional
    ContactView addContact(long id, ContactRequest request) {
        ThirdParty party = find(id);
        return recorded(party, () -> child(ContactView.class, party.contacts().add(request)));
    }

    /** Refused (409) when the contact changed since {@code request}'s version was read, as a party's change is. */
    @Transactional
    ContactView changeContact(long id, long contactId, ContactRequest request) {
        ThirdParty party = find(id);
        unchangedSince(party.contacts().find(contactId), request.version());
        return recorded(party, () -> child(ContactView.class, party.contacts().change(contactId, request)));
    }

    /** {@code version}, when given, is the one read: a contact changed meanwhile is not removed unseen. */
    @Transactional
    void removeContact(long id, long contactId, Long version) {
        ThirdParty party = find(id);
        unchangedSince(party.contacts().find(contactId), version);
        recorded(party, () -> {
            party.contacts().remove(contactId);
            return party;
        });
    }

    /** Addresses are told to modules, since the billing one is part of the party's reference; contacts are not. */
    @Transactional
    AddressView addAddress(long id, AddressRequest request) {
        ThirdParty party = find(id);
        return recorded(party, () -> published(party, child(AddressView.class, party.addresses().add(request))));
    }

    @Transactional
    AddressView changeAddress(long id, long addressId, AddressRequest request) {
        ThirdParty party = find(id);
        unchangedSince(party.addresses().find(addressId), request.version());
        return recorded(party, () -> published(party,
                child(AddressView.class, party.addresses().change(addressId, request))));
    }

    @Transactional
    void removeAddress(long id, long addressId, Long version) {
        ThirdParty party = find(id);
        unchangedSince(party.addresses().find(addressId), version);
        recorded(party, () -> {
            party.addresses().remove(addressId);
            return changed(party, Change.UPDATED);
        });
    }

    /** The country a new address starts in: the company's (Setup > Company); null while it has none. */
    @Transactional(readOnly = true)
    String defaultCountry() {
        return companyCountry.country().orElse(null);
    }

    /** The party's timeline, newest first; 404 for a party the tenant has not. */
    @Transactional(readOnly = true)
    ListPage<HistoryEntry> history(long id, String after, int size) {
        find(id);
        return history.timeline(HISTORY, id, after, size);
    }

    @Transactional
    void note(long id, NoteRequest request) {
        find(id);
        history.note(HISTORY, id, request.text());
    }

    /** The tenant's time zone, in which the timeline shows its moments. */
    @Transactional(readOnly = true)
    ZoneId zone() {
        return tenants.get(TenantContext.require()).timeZone();
    }

    /**
     * Runs {@code change} and records on the party's timeline every field that differs between before and
     * after, in the same transaction.
     */
    private <T> T recorded(ThirdParty party, Supplier<T> change) {
        Map<String, String> before = party.snapshot();
        T result = change.get();
        history.changed(HISTORY, party.getId(), before, party.snapshot());
        return result;
    }

    private static void unchangedSince(TenantScopedEntity child, Long version) {
        if (version != null && child.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(child.getClass(), child.getId());
        }
    }

    /** Flushed first, so a new child has its id. */
    private <V> V child(Class<V> view, Object child) {
        repository.flush();
        return PROJECTIONS.createProjection(view, child);
    }

    private <V> V published(ThirdParty party, V answer) {
        changed(party, Change.UPDATED);
        return answer;
    }

    /** Told to modules once the transaction commits (the module machinery relays it), never on a rollback. */
    private ThirdPartyView changed(ThirdParty party, Change change) {
        events.publishEvent(new PartyChanged(party.getTenantId(), party.reference(), change));
        return view(party);
    }

    private static ThirdPartyView view(ThirdParty party) {
        ThirdPartyView view = PROJECTIONS.createProjection(ThirdPartyView.class, party);
        // The projection reads the entity when it is written out, after the transaction: load the children now.
        view.getContacts();
        view.getAddresses();
        return view;
    }

    private ThirdParty find(long id) {
        return repository.findById(id).orElseThrow(() -> new NotFoundException("Third party", id));
    }

    private Currency currencyOf(ThirdPartyRequest request) {
        return request.currency() != null ? request.currency()
                : tenants.get(TenantContext.require()).defaultCurrency();
    }

    private String freeCode(String code, Long ownId) {
        boolean taken = ownId == null ? repository.existsByCode(code) : repository.existsByCodeAndIdNot(code, ownId);
        if (taken) {
            throw new RuleViolationException("third-party-code-taken", "Code already used",
                    "Another third party already has code '" + code + "'.", Map.of("code", code));
        }
        return code;
    }

    /**
     * The next code of the party's series (C00001 for customers, P… for prospects, S… for suppliers, T…
     * otherwise, unless the tenant changed the pattern); skips codes typed in by hand.
     */
    private String nextCode(ThirdPartyRequest request) {
        String series = switch (request.salesRelation()) {
            case CUSTOMER -> ThirdPartyDeclarations.CUSTOMER;
            case PROSPECT -> ThirdPartyDeclarations.PROSPECT;
            case NONE -> request.supplier() ? ThirdPartyDeclarations.SUPPLIER : ThirdPartyDeclarations.OTHER;
        };
        LocalDate today = LocalDate.now(clock.withZone(tenants.get(TenantContext.require()).timeZone()));
        String code;
        do {
            code = numbers.next(series, today);
            if (!CODE.matcher(code).matches()) {
                // Taken in this transaction, so refusing rolls the number back with it.
                throw new RuleViolationException("third-party-code-pattern-unusable", "Code pattern unusable",
                        "The numbering of " + series + " gives '" + code + "', which is not a third-party code "
                                + "(letters, digits, . _ -, at most 30). Change its pattern under Setup, Numbering, "
                                + "or give a code.", Map.of("series", series));
            }
        } while (repository.existsByCode(code));
        return code;
    }
}
