package dev.atrium.contracts;

import dev.atrium.plugin.context.CurrentTenant;
import dev.atrium.plugin.context.CurrentUser;
import dev.atrium.plugin.module.ModuleSettings;
import dev.atrium.plugin.party.Parties;
import dev.atrium.plugin.party.PartyReference;
import dev.atrium.plugin.problem.ProblemException;
import dev.atrium.plugin.problem.RuleViolationException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.transaction.annotation.Transactional;

/** The tenant's contracts; the bound tenant is applied by the host, so nothing here names one. */
class ContractRegister {

    @PersistenceContext
    private EntityManager entityManager;

    private final Parties parties;
    private final CurrentTenant tenant;
    private final CurrentUser user;
    private final ModuleSettings settings;

    ContractRegister(Parties parties, CurrentTenant tenant, CurrentUser user, ModuleSettings settings) {
        this.parties = parties;
        this.tenant = tenant;
        this.user = user;
        this.settings = settings;
    }

    @Transactional(readOnly = true)
    public List<ContractView> list() {
        return entityManager.createQuery("select c from Contract c order by c.reference", Contract.class)
                .getResultList().stream().map(ContractView::of).toList();
    }

    /**
     * Registers a contract with an active customer. It starts today in the tenant's time zone unless told
     * otherwise, and runs for the tenant's {@code contracts.default-term-months} unless given an end.
     */
    @Transactional
    public ContractView register(String reference, String title, long partyId, LocalDate start, LocalDate end) {
        boolean taken = !entityManager.createQuery("select c.id from Contract c where c.reference = :reference", Long.class)
                .setParameter("reference", reference).setMaxResults(1).getResultList().isEmpty();
        if (taken) {
            throw new RuleViolationException("contract-reference-taken", "Contract reference taken",
                    "There is already a contract " + reference + ".", Map.of("reference", reference));
        }
        PartyReference customer = parties.requireActiveCustomer(partyId);
        LocalDate startDate = start != null ? start : tenant.today();
        LocalDate endDate = end != null ? end
                : startDate.plusMonths(settings.getInt(ContractsModule.TERM_SETTING)).minusDays(1);
        if (endDate.isBefore(startDate)) {
            throw new ProblemException(400, "validation-failed", "Invalid input",
                    "1 field is invalid: endDate must not be before the start date.",
                    Map.of("errors", List.of(Map.of("field", "endDate", "message",
                            "must not be before the start date"))));
        }
        Contract contract = new Contract(reference, title, customer, startDate, endDate, user.id(),
                user.displayName());
        entityManager.persist(contract);
        return ContractView.of(contract);
    }

    /** Keeps the customer name the contracts show up to date when the host says the party changed. */
    @Transactional
    public int renameCustomer(long partyId, String name) {
        return entityManager.createQuery("""
                        update versioned Contract c set c.customerName = :name
                        where c.partyId = :partyId and (c.customerName is null or c.customerName <> :name)""")
                .setParameter("name", name).setParameter("partyId", partyId).executeUpdate();
    }

    record ContractView(long id, String reference, String title, Long partyId, String customerName,
            LocalDate startDate, LocalDate endDate, String createdBy) {
        static ContractView of(Contract contract) {
            return new ContractView(contract.getId(), contract.getReference(), contract.getTitle(),
                    contract.getPartyId(), contract.getCustomerName(), contract.getStartDate(), contract.getEndDate(),
                    contract.getCreatedByName());
        }
    }
}
