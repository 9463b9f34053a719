package dev.atrium.core.invoice;

import dev.atrium.plugin.list.KeysetList;
import dev.atrium.plugin.persistence.TenantScopedEntity_;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface InvoiceRepository extends JpaRepository<Invoice, Long> {

    /** A list row's columns, and what a list may be sorted by: NOT NULL columns only. */
    KeysetList<Invoice, InvoiceRow> LIST = KeysetList.of(Invoice.class, TenantScopedEntity_.id, InvoiceRow.class,
                    TenantScopedEntity_.id, Invoice_.kind, Invoice_.status, Invoice_.number, Invoice_.partyId,
                    Invoice_.partyName, Invoice_.invoiceDate, Invoice_.dueDate, Invoice_.currency, Invoice_.net,
                    Invoice_.gross, Invoice_.paid, Invoice_.credited)
            .key("invoiceDate", Invoice_.invoiceDate)
            .key("dueDate", Invoice_.dueDate)
            .key("createdAt", Invoice_.createdAt);

    /** The invoice with its row locked until the transaction ends: validations and credits of it queue here. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select i from Invoice i where i.id = ?1")
    Optional<Invoice> findForUpdate(long id);

    /** Credit notes of an invoice, oldest first. */
    @Query("select i from Invoice i where i.creditedInvoiceId = ?1 order by i.createdAt, i.id")
    List<Invoice> creditNotesOf(long invoiceId);

    /**
     * How much of each of an invoice's lines its credit notes take back (the abandoned ones aside): line id and
     * quantity.
     */
    @Query("""
            select l.creditedLineId, sum(l.quantity) from Invoice i join i.lines l
             where i.creditedInvoiceId = ?1 and i.status <> dev.atrium.core.invoice.InvoiceStatus.ABANDONED
             group by l.creditedLineId""")
    List<Object[]> creditedQuantities(long invoiceId);
}
