package dev.atrium.core.role;

import dev.atrium.core.principal.AtriumPrincipal;
import dev.atrium.core.principal.RightRefusals;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Says which right a refused user lacks and who in their company can grant it: the roles holding
 * {@code setup:roles} and some of their enabled users. It reads the user's own tenant alone (the request's, by
 * row-level security as much as by its queries), so a refusal never names anyone of another company.
 */
@Component
class CompanyRightRefusals implements RightRefusals {

    private final RoleService roles;
    private final MessageSource messages;

    CompanyRightRefusals(RoleService roles, MessageSource messages) {
        this.roles = roles;
        this.messages = messages;
    }

    @Override
    public MissingRight explain(AtriumPrincipal user, Set<String> needed) {
        Locale locale = LocaleContextHolder.getLocale();
        String right = needed.stream().findFirst().orElse(null);
        String rightName = right == null ? null : roles.rightName(right);
        RoleService.Granters granters = roles.granters();
        String what = right == null ? messages.getMessage("roles.refusal.unknown", null, locale)
                : messages.getMessage("roles.refusal.missing", new Object[] {rightName}, locale);
        String whom;
        if (granters.roles().isEmpty()) {
            whom = messages.getMessage("roles.refusal.nobody", null, locale);
        } else if (granters.users().isEmpty()) {
            whom = messages.getMessage("roles.refusal.ask-role", new Object[] {either(granters.roles(), locale)},
                    locale);
        } else {
            String people = String.join(", ", granters.users()) + (granters.more() ? ", …" : "");
            whom = messages.getMessage("roles.refusal.ask", new Object[] {either(granters.roles(), locale), people},
                    locale);
        }
        return new MissingRight(right, rightName, granters.roles(), granters.users(), what + " " + whom);
    }

    /** "Owner", "Owner or Administrator", "Owner, Administrator or Manager". */
    private String either(List<String> names, Locale locale) {
        if (names.size() == 1) {
            return names.getFirst();
        }
        String head = String.join(", ", names.subList(0, names.size() - 1));
        return messages.getMessage("roles.refusal.or", new Object[] {head, names.getLast()}, locale);
    }
}
