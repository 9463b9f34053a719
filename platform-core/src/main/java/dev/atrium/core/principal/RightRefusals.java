package dev.atrium.core.principal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.authorization.ExpressionAuthorizationDecision;

/**
 * Why a signed-in user was refused, in words they can act on: the right they lack, and who in their own company
 * can grant it. The API answers it as a problem, the pages as a page.
 */
public interface RightRefusals {

    /** The refusal of {@code user}, who lacks one of {@code needed} (empty when it cannot be told which). */
    MissingRight explain(AtriumPrincipal user, Set<String> needed);

    /**
     * @param right          the right's key, or null when the refusal did not say which
     * @param rightName      its name in the reader's language
     * @param grantingRoles  the names of the company's roles that may grant rights
     * @param grantingUsers  the names of some of the company's enabled users holding one of them
     * @param detail         the sentence to show: what is missing and whom to ask
     */
    record MissingRight(String right, String rightName, List<String> grantingRoles, List<String> grantingUsers,
            String detail) {
    }

    Pattern AUTHORITY = Pattern.compile("has(?:Any)?Authority\\(([^)]*)\\)");
    Pattern QUOTED = Pattern.compile("'([^']+)'");

    /**
     * The rights a refused {@code @PreAuthorize("hasAuthority('thirdparty:delete')")} asked for, read from its
     * expression; of those, the ones {@code user} does not hold.
     */
    static Set<String> missing(AccessDeniedException refusal, AtriumPrincipal user) {
        Set<String> asked = new LinkedHashSet<>();
        if (refusal instanceof AuthorizationDeniedException denied
                && denied.getAuthorizationResult() instanceof ExpressionAuthorizationDecision decision) {
            Matcher call = AUTHORITY.matcher(decision.getExpression().getExpressionString());
            while (call.find()) {
                Matcher quoted = QUOTED.matcher(call.group(1));
                while (quoted.find()) {
                    asked.add(quoted.group(1));
                }
            }
        }
        List<String> lacking = new ArrayList<>(asked);
        lacking.removeIf(user::hasPermission);
        return new LinkedHashSet<>(lacking.isEmpty() ? asked : lacking);
    }
}
