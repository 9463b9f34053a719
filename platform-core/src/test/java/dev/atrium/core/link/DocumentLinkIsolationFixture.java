package dev.atrium.core.link;

import dev.atrium.core.tenancy.TenantContext;
import dev.atrium.core.test.IsolationFixture;
import dev.atrium.core.test.SeededIds;
import dev.atrium.core.test.TableSnapshots;
import dev.atrium.core.test.TenantRows;
import dev.atrium.core.test.TestTenant;
import dev.atrium.plugin.link.DocumentLinks;
import dev.atrium.plugin.link.DocumentRef;
import java.util.Optional;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two memos of tenant A linked together, labelled with A's slug: another tenant asking for their links by type and
 * id gets a 404 and never a label. The type is a name every tenant has; the ids are A's rows.
 */
@Component
class DocumentLinkIsolationFixture implements IsolationFixture {

    private final TestDocuments.Memos memos;
    private final DocumentLinks links;
    private final TransactionTemplate transaction;
    private final TableSnapshots snapshots;

    DocumentLinkIsolationFixture(TestDocuments.Memos memos, DocumentLinks links, PlatformTransactionManager transactions,
            TenantRows rows) {
        this.memos = memos;
        this.links = links;
        this.transaction = new TransactionTemplate(transactions);
        this.snapshots = new TableSnapshots(rows, "document_link");
    }

    @Override
    public SeededIds seed(TestTenant a) {
        return TenantContext.callAs(a.id(), () -> transaction.execute(status -> {
            DocumentRef memo = memos.create("Memo of " + a.slug(), "Filed by " + a.slug());
            DocumentRef answer = memos.create("Answer of " + a.slug(), null);
            links.link(memo, answer);
            return new SeededIds().name("documentType", memo.type()).row("documentId", memo.id())
                    .row("documentId", answer.id());
        }));
    }

    @Override
    public Optional<String> validBody(HttpMethod method, String pattern) {
        return Optional.empty();
    }

    @Override
    public void takeSnapshot(TestTenant a) {
        snapshots.take(a);
    }

    @Override
    public void assertUnchanged(TestTenant a) {
        snapshots.assertUnchanged(a, "linked documents");
    }
}
