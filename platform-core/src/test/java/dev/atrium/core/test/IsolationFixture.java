package dev.atrium.core.test;

import java.util.Optional;
import org.springframework.http.HttpMethod;

/**
 * What the cross-tenant sweep of the assembled application needs from one
 * feature: rows of tenant A to aim at, a body each endpoint would accept, and
 * proof afterwards that A's rows are as they were. Each feature registers one
 * as a Spring bean ({@code @Component} in its test sources); the sweep finds
 * every endpoint by itself and fails on a path variable that no fixture
 * seeds, so a new feature cannot pass it without one.
 *
 * <p>A path variable's <em>type</em> is its name ({@code contactId},
 * {@code series}), except a bare {@code {id}}, whose type is named after the
 * collection before it: {@code /third-parties/{id}} is a {@code thirdPartyId},
 * {@code /me/tokens/{id}} a {@code tokenId}, {@code /contracts/{id}} a
 * {@code contractId}.
 *
 * <p>Write {@code a}'s slug into the text of every row you seed: the sweep
 * checks that no answer to the other tenant contains it. A fixture that seeds
 * {@linkplain SeededIds#name names} must make {@link #seed} repeatable: the
 * sweep seeds the other tenant again after each call on a name, to undo what
 * that tenant did to its own row (a module switched off). Fixtures seed in
 * {@code @Order}, so a module's fixture finds its module switched on.
 *
 * <pre>{@code
 * @Component
 * class InvoiceIsolationFixture implements IsolationFixture {
 *     public SeededIds seed(TestTenant a) {
 *         String id = JsonPath.read(api.create(a.bearer(), "/api/v1/invoices", "{...}"), "$.id");
 *         return new SeededIds().row("invoiceId", id);
 *     }
 *     public void takeSnapshot(TestTenant a) {
 *         snapshots.take(a);   // new TableSnapshots(rows, "invoice", "invoice_line")
 *     }
 *     public Optional<String> validBody(HttpMethod method, String pattern) {
 *         return pattern.startsWith("/api/v1/invoices/") ? Optional.of("{\"note\": \"x\"}") : Optional.empty();
 *     }
 *     public void assertUnchanged(TestTenant a) {
 *         snapshots.assertUnchanged(a, "invoices");
 *     }
 * }
 * }</pre>
 */
public interface IsolationFixture {

    /** Creates tenant {@code a}'s rows of this feature, as a's own users would, and returns their ids by type. */
    SeededIds seed(TestTenant a);

    /**
     * A body this endpoint would accept from its own tenant: JSON under {@code /api/}, a form
     * ({@code application/x-www-form-urlencoded}) for pages. Empty when the endpoint is not this
     * feature's or takes no body.
     */
    Optional<String> validBody(HttpMethod method, String pattern);

    /**
     * Remembers {@code a}'s rows of this feature. Called once every fixture has seeded {@code a}, so
     * what the others' seeds moved (a number counter taken by a new third party) is in it.
     */
    void takeSnapshot(TestTenant a);

    /** Fails unless {@code a}'s rows of this feature are exactly as {@link #takeSnapshot} found them. */
    void assertUnchanged(TestTenant a);
}
