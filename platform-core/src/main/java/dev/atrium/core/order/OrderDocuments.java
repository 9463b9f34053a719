package dev.atrium.core.order;

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
 * Sales orders among a document's linked documents: each by its reference (a draft by its id) and the third
 * party's name, with its status in the reader's language, opening its page. Reads the bound tenant's orders only
 * (tenant filter and RLS), so another tenant's id is left out.
 */
@Component
class OrderDocuments implements CoreDocumentType {

    private final EntityManager entityManager;
    private final MessageSource messages;

    OrderDocuments(EntityManager entityManager, MessageSource messages) {
        this.entityManager = entityManager;
        this.messages = messages;
    }

    @Override
    public String documentType() {
        return OrderService.HISTORY;
    }

    @Override
    public String typeName(Locale locale) {
        return messages.getMessage("link.type.order", null, locale);
    }

    @Override
    public String readPermission() {
        return CorePermissions.ORDER_READ;
    }

    @Override
    @Transactional(readOnly = true)
    public List<LinkedDocument> describe(List<Long> ids) {
        Locale locale = LocaleContextHolder.getLocale();
        return entityManager.createQuery("select o from SalesOrder o where o.id in :ids", SalesOrder.class)
                .setParameter("ids", ids).getResultList().stream()
                .map(order -> new LinkedDocument(documentType(), order.getId(),
                        order.label() + " · " + order.partyName(),
                        messages.getMessage("order.status." + order.status().key(), null, locale),
                        "orders/" + order.getId()))
                .toList();
    }
}
