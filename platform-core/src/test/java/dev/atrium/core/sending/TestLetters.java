package dev.atrium.core.sending;

import dev.atrium.core.principal.CorePermissions;
import dev.atrium.plugin.context.CurrentTenant;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A kind of document that exists in tests only, "test-letter", sent the way invoices and proposals will be:
 * the proof that a feature needs nothing but one {@link SendableDocuments} bean. Letters are kept in memory per
 * tenant, and {@link #find} answers only the bound tenant's; a sending is kept once its transaction commits. Sending one takes {@code invoice:validate}, a right
 * members lack, so the tests see the kind's own right checked.
 */
@Component
public class TestLetters implements SendableDocuments {

    public static final String KIND = "test-letter";

    /** One letter: {@code sendable} false stands for a draft invoice, which may not be sent. */
    public record Letter(long id, long partyId, String number, String total, boolean sendable, byte[] pdf,
            List<String> sentTo) {
    }

    private static final AtomicLong IDS = new AtomicLong(9_000_000_000L);

    private final Map<Long, Map<Long, Letter>> byTenant = new ConcurrentHashMap<>();
    private final CurrentTenant tenant;

    TestLetters(CurrentTenant tenant) {
        this.tenant = tenant;
    }

    /** Writes a letter of the tenant to the party and answers its id. */
    public Letter write(long tenantId, long partyId, String number, String total, boolean sendable) {
        return write(tenantId, partyId, number, total, sendable,
                ("%PDF-1.4\n% letter " + number + "\n%%EOF\n").getBytes(StandardCharsets.UTF_8));
    }

    /** A letter whose PDF is {@code pdf}. */
    public Letter write(long tenantId, long partyId, String number, String total, boolean sendable, byte[] pdf) {
        Letter letter = new Letter(IDS.incrementAndGet(), partyId, number, total, sendable, pdf,
                new CopyOnWriteArrayList<>());
        byTenant.computeIfAbsent(tenantId, id -> new ConcurrentHashMap<>()).put(letter.id(), letter);
        return letter;
    }

    public Letter letter(long tenantId, long id) {
        return byTenant.get(tenantId).get(id);
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public String right() {
        return CorePermissions.INVOICE_VALIDATE;
    }

    @Override
    public List<String> placeholders() {
        return List.of("letter.number", "letter.total", "letter.due-date");
    }

    @Override
    public Optional<SendableDocument> find(long id) {
        return Optional.ofNullable(byTenant.getOrDefault(tenant.id(), Map.of()).get(id))
                .map(letter -> new SendableDocument(letter.id(), letter.partyId(), letter.number(),
                        "third-parties/" + letter.partyId(),
                        Map.of("letter.number", letter.number(), "letter.total", letter.total(),
                                "letter.due-date", "2026-12-31"),
                        new SendableDocument.Pdf(letter.number() + ".pdf", letter::pdf),
                        letter.sendable() ? Optional.empty() : Optional.of("{test-letter.draft}")));
    }

    /** Kept when the sending's transaction commits, as a feature's row would be. */
    @Override
    public void sent(long id, String recipient) {
        Letter letter = byTenant.get(tenant.id()).get(id);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                letter.sentTo().add(recipient);
            }
        });
    }
}
