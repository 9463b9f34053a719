package dev.atrium.core.principal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The rights of the core features, one per feature and action ({@code <feature>:<action>}); a module's come
 * from its descriptor. Each right's readable name is the message {@code roles.right.<feature>.<action>}.
 */
public final class CorePermissions {

    public static final String THIRD_PARTY_READ = "thirdparty:read";
    public static final String THIRD_PARTY_CREATE = "thirdparty:create";
    public static final String THIRD_PARTY_EDIT = "thirdparty:edit";
    /** Third parties are archived, never deleted: this is the right to archive and restore them. */
    public static final String THIRD_PARTY_DELETE = "thirdparty:delete";
    public static final String THIRD_PARTY_EXPORT = "thirdparty:export";
    public static final String SETUP_COMPANY = "setup:company";
    public static final String SETUP_USERS = "setup:users";
    public static final String SETUP_ROLES = "setup:roles";
    public static final String SETUP_MODULES = "setup:modules";
    public static final String SETUP_NUMBERING = "setup:numbering";
    public static final String SETUP_TAGS = "setup:tags";
    public static final String SETUP_TAXES = "setup:taxes";
    public static final String PRODUCT_READ = "product:read";
    public static final String PRODUCT_EDIT = "product:edit";
    public static final String PRODUCT_EXPORT = "product:export";
    public static final String PROPOSAL_READ = "proposal:read";
    /** Write a proposal and move it through its statuses, converting it included. */
    public static final String PROPOSAL_EDIT = "proposal:edit";
    public static final String PROPOSAL_SEND = "proposal:send";
    public static final String PROPOSAL_EXPORT = "proposal:export";
    public static final String ORDER_READ = "order:read";
    public static final String ORDER_EDIT = "order:edit";
    public static final String ORDER_EXPORT = "order:export";
    public static final String INVOICE_READ = "invoice:read";
    /** Write draft invoices and credit notes, and abandon them. */
    public static final String INVOICE_EDIT = "invoice:edit";
    /** Give an invoice or credit note its legal number, after which it never changes. */
    public static final String INVOICE_VALIDATE = "invoice:validate";
    public static final String INVOICE_SEND = "invoice:send";
    public static final String INVOICE_EXPORT = "invoice:export";

    /** Every core right, grouped by feature, in the order the Roles page lists them. */
    public static final List<String> ALL = List.of(THIRD_PARTY_READ, THIRD_PARTY_CREATE, THIRD_PARTY_EDIT,
            THIRD_PARTY_DELETE, THIRD_PARTY_EXPORT, PRODUCT_READ, PRODUCT_EDIT, PRODUCT_EXPORT, PROPOSAL_READ,
            PROPOSAL_EDIT, PROPOSAL_SEND, PROPOSAL_EXPORT, ORDER_READ, ORDER_EDIT, ORDER_EXPORT, INVOICE_READ,
            INVOICE_EDIT, INVOICE_VALIDATE, INVOICE_SEND, INVOICE_EXPORT, SETUP_COMPANY, SETUP_USERS, SETUP_ROLES,
            SETUP_MODULES, SETUP_NUMBERING, SETUP_TAGS, SETUP_TAXES);

    /**
     * What a member may do out of the box: work with third parties (not remove them), read the catalog, and
     * write and send proposals, orders and invoices; validating an invoice, the step that makes it legal, is an
     * administrator's. The database's {@code core_right_default} holds the same, for the roles it seeds.
     */
    static final Set<String> MEMBER = Set.of(THIRD_PARTY_READ, THIRD_PARTY_CREATE, THIRD_PARTY_EDIT,
            THIRD_PARTY_EXPORT, PRODUCT_READ, PRODUCT_EXPORT, PROPOSAL_READ, PROPOSAL_EDIT, PROPOSAL_SEND,
            PROPOSAL_EXPORT, ORDER_READ, ORDER_EDIT, ORDER_EXPORT, INVOICE_READ, INVOICE_EDIT, INVOICE_SEND,
            INVOICE_EXPORT);

    /** What the owner role never loses, so that a tenant can always hand rights out again. */
    public static final Set<String> OWNER_KEEPS = Set.of(SETUP_ROLES, SETUP_USERS);

    private CorePermissions() {
    }

    /** The feature a right belongs to: what comes before its colon. */
    public static String featureOf(String right) {
        int colon = right.indexOf(':');
        return colon < 0 ? right : right.substring(0, colon);
    }

    /** The message key of a core right's readable name. */
    public static String messageKey(String right) {
        return "roles.right." + right.replace(':', '.');
    }

    static Set<String> all() {
        return new LinkedHashSet<>(ALL);
    }
}
