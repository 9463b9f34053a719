package dev.atrium.core.link;

import dev.atrium.core.principal.CorePermissions;
import dev.atrium.core.tenancy.TenantContext;
import dev.atrium.plugin.link.DocumentRef;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;

/**
 * Documents of a core type for tests, until proposals, orders and invoices describe their own: each tenant's kept
 * apart in memory, described only to the tenant that made them, as a core feature's rows are under RLS.
 */
public abstract class TestDocuments implements CoreDocumentType {

    private static final AtomicLong IDS = new AtomicLong(9_000_000);

    private record Kept(long tenantId, String label, String status) {
    }

    private final String type;
    private final String name;
    private final String right;
    private final Map<Long, Kept> documents = new ConcurrentHashMap<>();

    TestDocuments(String type, String name, String right) {
        this.type = type;
        this.name = name;
        this.right = right;
    }

    /** A new document of the bound tenant's, with its label and status. */
    public DocumentRef create(String label, String status) {
        long id = IDS.incrementAndGet();
        documents.put(id, new Kept(TenantContext.require(), label, status));
        return new DocumentRef(type, id);
    }

    @Override
    public String documentType() {
        return type;
    }

    @Override
    public String typeName(Locale locale) {
        return locale.getLanguage().equals("fr") ? name + " (fr)" : name;
    }

    @Override
    public String readPermission() {
        return right;
    }

    @Override
    public List<LinkedDocument> describe(List<Long> ids) {
        long tenantId = TenantContext.require();
        return ids.stream().filter(id -> documents.containsKey(id) && documents.get(id).tenantId() == tenantId)
                .map(id -> {
                    Kept kept = Objects.requireNonNull(documents.get(id));
                    return new LinkedDocument(type, id, kept.label(), kept.status(), "test-documents/" + id);
                })
                .toList();
    }

    /** Readable by every role, as a proposal or an invoice is. */
    @Component
    public static class Memos extends TestDocuments {
        Memos() {
            super("test-memo", "Memos", CorePermissions.INVOICE_READ);
        }
    }

    /** Readable by owners and administrators only. */
    @Component
    public static class Secrets extends TestDocuments {
        Secrets() {
            super("test-secret", "Secrets", CorePermissions.SETUP_TAXES);
        }
    }
}
