package dev.atrium.contracts;

import dev.atrium.plugin.link.DocumentLinkProvider;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.transaction.annotation.Transactional;

/**
 * Contracts among another document's linked documents (an invoice a contract raised): each by its reference and
 * title, opening its page. The host asks only while the tenant has contracts active.
 */
class ContractLinks implements DocumentLinkProvider {

    /** The type contracts are linked as, the same name their timeline uses. */
    static final String TYPE = ContractService.HISTORY;

    private final MessageSource messages;

    @PersistenceContext
    private EntityManager entityManager;

    ContractLinks(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public String documentType() {
        return TYPE;
    }

    @Override
    public String typeName(Locale locale) {
        return messages.getMessage("contracts.links.type", null, locale);
    }

    @Override
    public String readPermission() {
        return "contracts:read";
    }

    @Override
    @Transactional(readOnly = true)
    public List<LinkedDocument> describe(List<Long> ids) {
        return entityManager.createQuery("select c from Contract c where c.id in :ids order by c.reference",
                        Contract.class)
                .setParameter("ids", ids).getResultList().stream()
                .map(contract -> new LinkedDocument(TYPE, contract.getId(),
                        contract.getReference() + " · " + contract.getTitle(), null, "contracts/" + contract.getId()))
                .toList();
    }
}
