package dev.atrium.contracts;

import dev.atrium.plugin.problem.RuleViolationException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import org.springframework.transaction.annotation.Transactional;

/** The tenant's contracts; the bound tenant is applied by the host, so nothing here names one. */
class ContractRegister {

    @PersistenceContext
    private EntityManager entityManager;

    @Transactional(readOnly = true)
    public List<ContractView> list() {
        return entityManager.createQuery("select c from Contract c order by c.reference", Contract.class)
                .getResultList().stream().map(ContractView::of).toList();
    }

    @Transactional
    public ContractView register(String reference, String title) {
        boolean taken = !entityManager.createQuery("select c.id from Contract c where c.reference = :reference", Long.class)
                .setParameter("reference", reference).setMaxResults(1).getResultList().isEmpty();
        if (taken) {
            throw new RuleViolationException("contract-reference-taken", "Contract reference taken",
                    "There is already a contract " + reference + ".", Map.of("reference", reference));
        }
        Contract contract = new Contract(reference, title);
        entityManager.persist(contract);
        return ContractView.of(contract);
    }

    record ContractView(long id, String reference, String title) {
        static ContractView of(Contract contract) {
            return new ContractView(contract.getId(), contract.getReference(), contract.getTitle());
        }
    }
}
