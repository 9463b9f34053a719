package dev.atrium.core.proposal;

import dev.atrium.core.link.CoreDocumentType;
import dev.atrium.core.principal.CorePermissions;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Proposals among a document's linked documents: each by its reference and the third party's name, with its
 * status in the reader's language, opening its page. Reads the bound tenant's proposals only (tenant filter and
 * RLS), so another tenant's id is left out.
 */
@Component
class ProposalDocuments implements CoreDocumentType {

    private final EntityManager entityManager;
    private final MessageSource messages;

    ProposalDocuments(EntityManager entityManager, MessageSource messages) {
        this.entityManager = entityManager;
        this.messages = messages;
    }

    @Override
    public String documentType() {
        return ProposalService.HISTORY;
    }

    @Override
    public String typeName(Locale locale) {
        return messages.getMessage("link.type.proposal", null, locale);
    }

    @Override
    public String readPermission() {
        return CorePermissions.PROPOSAL_READ;
    }

    @Override
    @Transactional(readOnly = true)
    public List<LinkedDocument> describe(List<Long> ids) {
        Locale locale = LocaleContextHolder.getLocale();
        return entityManager.createQuery("select p from Proposal p where p.id in :ids", Proposal.class)
                .setParameter("ids", ids).getResultList().stream()
                .map(proposal -> new LinkedDocument(documentType(), proposal.getId(),
                        proposal.reference() + " · " + proposal.partyName(),
                        messages.getMessage("proposal.status." + proposal.status().key(), null, locale),
                        "proposals/" + proposal.getId()))
                .toList();
    }
}
