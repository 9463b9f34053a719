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

    /** Every core right, grouped by feature, in the order the Roles page lists them. */
    public static final List<String> ALL = List.of(THIRD_PARTY_READ, THIRD_PARTY_CREATE, THIRD_PARTY_EDIT,
            THIRD_PARTY_DELETE, THIRD_PARTY_EXPORT, SETUP_COMPANY, SETUP_USERS, SETUP_ROLES, SETUP_MODULES,
            SETUP_NUMBERING, SETUP_TAGS);

    /** What a member may do out of the box: work with third parties, but not remove them. */
    static final Set<String> MEMBER = Set.of(THIRD_PARTY_READ, THIRD_PARTY_CREATE, THIRD_PARTY_EDIT,
            THIRD_PARTY_EXPORT);

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
