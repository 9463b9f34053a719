package dev.atrium.core.party;

import dev.atrium.plugin.party.Parties;
import dev.atrium.plugin.party.PartyReference;
import dev.atrium.plugin.problem.NotFoundException;
import dev.atrium.plugin.problem.ProblemException;
import dev.atrium.plugin.problem.RuleViolationException;
import dev.atrium.plugin.list.ListFilter;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The third parties as modules see them, through the plugin API's {@link Parties}. */
@Service
class HostParties implements Parties {

    private static final int MAX_SEARCH = 100;

    private final ThirdPartyRepository repository;
    private final EntityManager entityManager;

    HostParties(ThirdPartyRepository repository, EntityManager entityManager) {
        this.repository = repository;
        this.entityManager = entityManager;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<PartyReference> find(long id) {
        return repository.findById(id).map(ThirdParty::reference);
    }

    @Override
    @Transactional(readOnly = true)
    public List<PartyReference> search(String text, int limit) {
        if (limit < 1 || limit > MAX_SEARCH) {
            throw new ProblemException(400, "validation-failed", "Invalid input",
                    "A party search returns 1 to " + MAX_SEARCH + " parties.", Map.of("field", "limit"));
        }
        // The list's own text search (archived parties too), so a module's search uses the trigram table under
        // row-level security as well; then the matches themselves, for their billing addresses.
        ListFilter<ThirdParty> filter = text == null || text.isBlank() ? ListFilter.all()
                : ThirdPartyRepository.containsText(ListFilter.all(), text.strip());
        List<Long> ids = ThirdPartyRepository.LIST.page(entityManager, filter,
                ThirdPartyRepository.LIST.request("name", null, null, limit)).items().stream()
                .map(ThirdPartySummary::id).toList();
        Map<Long, ThirdParty> found = repository.findAllById(ids).stream()
                .collect(Collectors.toMap(ThirdParty::getId, Function.identity()));
        return ids.stream().map(found::get).filter(Objects::nonNull).map(ThirdParty::reference).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public PartyReference requireActiveCustomer(long id) {
        return requireActive(id, PartyReference::customer, "customer");
    }

    @Override
    @Transactional(readOnly = true)
    public PartyReference requireActiveSupplier(long id) {
        return requireActive(id, PartyReference::supplier, "supplier");
    }

    /** Refused as {@code party-not-a-customer} or {@code party-not-a-supplier} when it is not one. */
    private PartyReference requireActive(long id, Predicate<PartyReference> is, String relation) {
        PartyReference party = find(id).orElseThrow(() -> new NotFoundException("Third party", id));
        if (!party.active()) {
            throw new RuleViolationException("party-archived", "Third party archived",
                    "Third party " + party.code() + " is archived; restore it to do business with it.",
                    Map.of("partyId", id));
        }
        if (!is.test(party)) {
            throw new RuleViolationException("party-not-a-" + relation, "Not a " + relation,
                    "Third party " + party.code() + " is not a " + relation + ".", Map.of("partyId", id));
        }
        return party;
    }
}
