package dev.atrium.core.invoice;

import dev.atrium.plugin.context.CurrentTenant;
import dev.atrium.plugin.invoicing.DraftInvoice;
import dev.atrium.plugin.invoicing.DraftInvoiceRequest;
import dev.atrium.plugin.invoicing.InvoiceState;
import dev.atrium.plugin.invoicing.Invoicing;
import dev.atrium.plugin.invoicing.LineSource;
import dev.atrium.plugin.link.DocumentLinks;
import dev.atrium.plugin.link.DocumentRef;
import dev.atrium.plugin.money.Money;
import dev.atrium.plugin.problem.FieldError;
import dev.atrium.plugin.problem.NotFoundException;
import dev.atrium.plugin.problem.ProblemException;
import dev.atrium.plugin.problem.RuleViolationException;
import dev.atrium.plugin.problem.StorableText;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The host's {@link Invoicing}: a module's draft is an ordinary draft made by {@link InvoiceDrafts}, its lines given
 * their sources, its call held in {@code invoice_draft_request} by the idempotency key. The key's row is written
 * first, by an insert the unique key lets through once: the call that wrote it makes the draft; a concurrent call
 * waits on that row, then finds it once the first committed, or writes its own if the first rolled back.
 */
@Service
class ModuleInvoicing implements Invoicing {

    static final int MAX_KEY = 200;

    private static final Pattern MODULE_KEY = Pattern.compile("[a-z][a-z0-9-]{0,39}");

    private final InvoiceDrafts drafts;
    private final InvoiceRepository invoices;
    private final DocumentLinks links;
    private final EntityManager entityManager;
    private final CurrentTenant tenant;
    private final Clock clock;

    ModuleInvoicing(InvoiceDrafts drafts, InvoiceRepository invoices, DocumentLinks links, EntityManager entityManager,
            CurrentTenant tenant, Clock clock) {
        this.drafts = drafts;
        this.invoices = invoices;
        this.links = links;
        this.entityManager = entityManager;
        this.tenant = tenant;
        this.clock = clock;
    }

    @Override
    @Transactional
    public DraftInvoice createDraft(DraftInvoiceRequest request) {
        Currency currency = requireValid(request);
        String digest = digest(request);
        List<?> reserved = entityManager.createNativeQuery("""
                        insert into invoice_draft_request (tenant_id, idempotency_key, request_digest, created_at)
                        values (?1, ?2, ?3, ?4) on conflict (tenant_id, idempotency_key) do nothing returning id""")
                .setParameter(1, tenant.id()).setParameter(2, request.idempotencyKey()).setParameter(3, digest)
                .setParameter(4, Timestamp.from(clock.instant())).getResultList();
        if (reserved.isEmpty()) {
            return earlier(request.idempotencyKey(), digest);
        }
        long invoiceId = drafts.createDraft(new NewInvoice(request.partyId(), currency, null, null, request.notes(),
                request.lines().stream().map(ModuleInvoicing::line).toList(), null));
        for (int position = 0; position < request.lines().size(); position++) {
            LineSource source = request.lines().get(position).source();
            entityManager.createNativeQuery("""
                            update invoice_line set source_module = ?1, source_line_id = ?2, source_period_start = ?3,
                                   source_period_end = ?4
                             where tenant_id = ?5 and invoice_id = ?6 and position = ?7""")
                    .setParameter(1, source.moduleKey()).setParameter(2, source.sourceLineId())
                    .setParameter(3, source.periodStart() == null ? null : Date.valueOf(source.periodStart()))
                    .setParameter(4, source.periodEnd() == null ? null : Date.valueOf(source.periodEnd()))
                    .setParameter(5, tenant.id()).setParameter(6, invoiceId).setParameter(7, position)
                    .executeUpdate();
        }
        entityManager.createNativeQuery("""
                        update invoice_draft_request set invoice_id = ?1 where tenant_id = ?2 and id = ?3""")
                .setParameter(1, invoiceId).setParameter(2, tenant.id())
                .setParameter(3, ((Number) reserved.getFirst()).longValue()).executeUpdate();
        for (DocumentRef document : request.linkedTo()) {
            links.link(document, document(invoiceId));
        }
        return new DraftInvoice(invoiceId, true);
    }

    @Override
    @Transactional(readOnly = true)
    public InvoiceState state(long invoiceId) {
        Invoice invoice = invoices.findById(invoiceId).filter(found -> found.kind() == InvoiceKind.INVOICE)
                .orElseThrow(() -> new NotFoundException("Invoice", invoiceId));
        return new InvoiceState(invoice.getId(), InvoiceState.Status.valueOf(invoice.status().name()),
                invoice.number());
    }

    /** The invoice of the call that held the key first, when this call is the same request again. */
    private DraftInvoice earlier(String key, String digest) {
        Object[] row = (Object[]) entityManager.createNativeQuery("""
                        select request_digest, invoice_id from invoice_draft_request
                         where tenant_id = ?1 and idempotency_key = ?2""")
                .setParameter(1, tenant.id()).setParameter(2, key).getSingleResult();
        if (!digest.equals(row[0])) {
            throw new RuleViolationException("idempotency-key-reused", "Idempotency key used before",
                    "The idempotency key " + key + " was used before for a different request.", Map.of("key", key));
        }
        return new DraftInvoice(((Number) row[1]).longValue(), false);
    }

    /** Every bad field at once, as one 400 before anything is written; the invoice's currency, its lines' one. */
    private static Currency requireValid(DraftInvoiceRequest request) {
        List<FieldError> errors = new ArrayList<>();
        String key = request.idempotencyKey();
        if (key == null || key.isBlank() || key.length() > MAX_KEY || StorableText.offence(key).isPresent()) {
            errors.add(new FieldError("idempotencyKey", "{invoicing.problem.idempotency-key}"));
        }
        if (request.lines().isEmpty()) {
            errors.add(new FieldError("lines", "{invoicing.problem.no-lines}"));
        }
        Currency currency = null;
        for (int index = 0; index < request.lines().size(); index++) {
            DraftInvoiceRequest.Line line = request.lines().get(index);
            String field = "lines[" + index + "].";
            if (line == null) {
                errors.add(new FieldError("lines[" + index + "]", "{problem.field.not-blank}"));
                continue;
            }
            if (line.unitPrice() == null) {
                errors.add(new FieldError(field + "unitPrice", "{problem.field.not-blank}"));
            } else if (currency == null) {
                currency = line.unitPrice().currency();
            } else if (!currency.equals(line.unitPrice().currency())) {
                errors.add(new FieldError(field + "unitPrice", "{invoicing.problem.currency}"));
            }
            LineSource source = line.source();
            if (source == null) {
                errors.add(new FieldError(field + "source", "{problem.field.not-blank}"));
            } else {
                if (source.moduleKey() == null || !MODULE_KEY.matcher(source.moduleKey()).matches()) {
                    errors.add(new FieldError(field + "source.moduleKey", "{invoicing.problem.module-key}"));
                }
                if ((source.periodStart() == null) != (source.periodEnd() == null)
                        || source.periodEnd() != null && source.periodEnd().isBefore(source.periodStart())) {
                    errors.add(new FieldError(field + "source.periodEnd", "{invoicing.problem.period}"));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalidFields(errors);
        }
        return currency;
    }

    private static NewInvoice.Line line(DraftInvoiceRequest.Line line) {
        return new NewInvoice.Line(line.label(), line.description(), line.quantity(), line.unit(),
                line.unitPrice().amount(), line.discountPercent(), line.taxRate(), line.taxName(), null);
    }

    /** What tells a retry, which must say exactly what the first call said, from another request under its key. */
    private static String digest(DraftInvoiceRequest request) {
        StringBuilder text = new StringBuilder().append(request.partyId()).append('\u0000').append(request.notes());
        for (DraftInvoiceRequest.Line line : request.lines()) {
            Money price = line.unitPrice();
            text.append('\u0000').append(line.label()).append('\u0001').append(line.description())
                    .append('\u0001').append(line.quantity()).append('\u0001').append(line.unit())
                    .append('\u0001').append(price.currency()).append(price.amount().stripTrailingZeros())
                    .append('\u0001').append(line.discountPercent()).append('\u0001').append(line.taxRate())
                    .append('\u0001').append(line.taxName()).append('\u0001').append(line.source());
        }
        request.linkedTo().forEach(document -> text.append('\u0000').append(document));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }
}
