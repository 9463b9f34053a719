package dev.atrium.core.party;

import dev.atrium.core.principal.CorePermissions;
import dev.atrium.core.tenancy.TenantContext;
import dev.atrium.core.tenant.TenantService;
import dev.atrium.core.web.ListPage;
import dev.atrium.plugin.event.PartyChanged;
import dev.atrium.plugin.event.PartyChanged.Change;
import dev.atrium.plugin.numbering.DocumentNumbers;
import dev.atrium.plugin.problem.NotFoundException;
import dev.atrium.plugin.problem.RuleViolationException;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Sort;
import org.springframework.data.domain.Window;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The third-party use cases, each one transaction, for the API, the pages and the demo data alike. */
@Service
class ThirdParties {

    static final String READ = "hasAuthority('" + CorePermissions.THIRD_PARTY_READ + "')";
    static final String WRITE = "hasAuthority('" + CorePermissions.THIRD_PARTY_WRITE + "')";

    private static final int EXPORT_BATCH = 500;
    /** What the third_party.code column accepts, as the request's own check on a typed code. */
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9._-]{1,30}");

    private final ThirdPartyRepository repository;
    private final TenantService tenants;
    private final EntityManager entityManager;
    private final DocumentNumbers numbers;
    private final Clock clock;
    private final PartyUsage usage;
    private final ApplicationEventPublisher events;

    ThirdParties(ThirdPartyRepository repository, TenantService tenants, EntityManager entityManager,
            DocumentNumbers numbers, Clock clock, PartyUsage usage, ApplicationEventPublisher events) {
        this.repository = repository;
        this.tenants = tenants;
        this.entityManager = entityManager;
        this.numbers = numbers;
        this.clock = clock;
        this.usage = usage;
        this.events = events;
    }

    @Transactional(readOnly = true)
    ListPage<ThirdPartySummary> list(ThirdPartySearch search) {
        return ListPage.of(search.keyset(), (ordering, position, limit) -> scroll(search, ordering, position, limit),
                ThirdPartySummary::of);
    }

    /** Hands every match to {@code sink} in order, a batch at a time, without holding them all. */
    @Transactional(readOnly = true)
    void export(ThirdPartySearch search, Consumer<ThirdPartySummary> sink) {
        ScrollPosition position = ScrollPosition.keyset();
        Window<ThirdParty> window;
        do {
            window = scroll(search, search.ordering(), position, EXPORT_BATCH);
            window.forEach(party -> sink.accept(ThirdPartySummary.of(party)));
            if (!window.isEmpty()) {
                position = window.positionAt(window.size() - 1);
            }
            entityManager.clear();
        } while (window.hasNext());
    }

    private Window<ThirdParty> scroll(ThirdPartySearch search, Sort ordering, ScrollPosition from, int limit) {
        return repository.findBy(ThirdPartyRepository.matching(search),
                query -> query.sortBy(ordering).limit(limit).scroll(from));
    }

    @Transactional(readOnly = true)
    ThirdPartyView get(long id) {
        return ThirdPartyView.of(find(id));
    }

    @Transactional
    ThirdPartyView create(ThirdPartyRequest request) {
        String code = request.code() != null ? freeCode(request.code(), null) : nextCode(request);
        ThirdParty party = repository.saveAndFlush(new ThirdParty(request, code, currencyOf(request), clock.instant()));
        changed(party, Change.CREATED);
        return ThirdPartyView.of(party);
    }

    @Transactional
    ThirdPartyView update(long id, ThirdPartyRequest request) {
        ThirdParty party = find(id);
        if (request.version() == null || party.getVersion() != request.version()) {
            throw new ObjectOptimisticLockingFailureException(ThirdParty.class, id);
        }
        String code = request.code() != null ? freeCode(request.code(), id) : party.getCode();
        party.update(request, code, currencyOf(request), clock.instant());
        ThirdPartyView view = ThirdPartyView.of(repository.saveAndFlush(party));
        changed(party, Change.UPDATED);
        return view;
    }

    /**
     * A hard delete with its contacts and addresses, refused with {@code party-in-use} while rows of a module
     * refer to it (named from the module's declared references) or, for anything undeclared, while the
     * database's foreign keys do.
     */
    @Transactional
    void delete(long id) {
        ThirdParty party = find(id);
        usage.refuseDeletingWhileUsed(party);
        changed(party, Change.DELETED);
        try {
            repository.delete(party);
            repository.flush();
        } catch (DataIntegrityViolationException e) {
            throw PartyUsage.inUse(party.getCode(), "other records", Map.of());
        }
    }

    @Transactional
    ContactView addContact(long id, ContactRequest request) {
        ThirdParty party = find(id);
        Contact contact = party.addContact(request);
        repository.flush();
        return ContactView.of(contact);
    }

    @Transactional
    ContactView changeContact(long id, long contactId, ContactRequest request) {
        return ContactView.of(find(id).changeContact(contactId, request));
    }

    @Transactional
    void removeContact(long id, long contactId) {
        find(id).removeContact(contactId);
    }

    @Transactional
    AddressView addAddress(long id, AddressRequest request) {
        ThirdParty party = find(id);
        Address address = party.addAddress(request);
        repository.flush();
        changed(party, Change.UPDATED);
        return AddressView.of(address);
    }

    @Transactional
    AddressView changeAddress(long id, long addressId, AddressRequest request) {
        ThirdParty party = find(id);
        Address address = party.changeAddress(addressId, request);
        changed(party, Change.UPDATED);
        return AddressView.of(address);
    }

    @Transactional
    void removeAddress(long id, long addressId) {
        ThirdParty party = find(id);
        party.removeAddress(addressId);
        changed(party, Change.UPDATED);
    }

    /** Told to modules once the transaction commits (the module machinery relays it), never on a rollback. */
    private void changed(ThirdParty party, Change change) {
        events.publishEvent(new PartyChanged(party.getTenantId(), HostParties.reference(party), change));
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
            case CUSTOMER -> ThirdPartyNumbering.CUSTOMER;
            case PROSPECT -> ThirdPartyNumbering.PROSPECT;
            case NONE -> request.supplier() ? ThirdPartyNumbering.SUPPLIER : ThirdPartyNumbering.OTHER;
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
