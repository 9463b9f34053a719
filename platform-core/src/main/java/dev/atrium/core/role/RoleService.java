package dev.atrium.core.role;

import dev.atrium.core.principal.AtriumPrincipal;
import dev.atrium.core.principal.CorePermissions;
import dev.atrium.core.principal.Role;
import dev.atrium.core.problem.Problems;
import dev.atrium.core.tenancy.TenantContext;
import dev.atrium.plugin.problem.NotFoundException;
import dev.atrium.plugin.problem.ProblemException;
import dev.atrium.plugin.problem.RuleViolationException;
import jakarta.persistence.EntityManager;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The bound tenant's roles: listed, made, renamed, given rights and removed. Every change of a role's rights counts
 * from the next request of every user holding it: a request reads its rights afresh, or from a copy that
 * {@link RoleRightsChanged} makes every node forget. The owner role always keeps
 * the rights to hand out roles and users, so a company can never lock itself out; only an owner changes it.
 */
@Service
public class RoleService {

    private static final int NAMES_SHOWN = 5;

    private final CompanyRoleRepository roles;
    private final RoleRightRepository rights;
    private final RightCatalog catalog;
    private final MessageSource messages;
    private final EntityManager entityManager;
    private final ApplicationEventPublisher events;

    RoleService(CompanyRoleRepository roles, RoleRightRepository rights, RightCatalog catalog,
            MessageSource messages, EntityManager entityManager, ApplicationEventPublisher events) {
        this.roles = roles;
        this.rights = rights;
        this.catalog = catalog;
        this.messages = messages;
        this.entityManager = entityManager;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public List<RoleView> list() {
        Map<String, Long> holders = holderCounts();
        Map<String, List<String>> held = rights.findAll().stream().collect(Collectors.groupingBy(RoleRight::roleKey,
                Collectors.mapping(RoleRight::right, Collectors.toList())));
        return roles.findAllByOrderByBuiltInDescIdAsc().stream().map(role -> view(role,
                held.getOrDefault(role.key(), List.of()), holders.getOrDefault(role.key(), 0L))).toList();
    }

    /** The roles a user may be given, by name, for the Users page. */
    @Transactional(readOnly = true)
    public List<RoleOption> options() {
        return roles.findAllByOrderByBuiltInDescIdAsc().stream()
                .map(role -> new RoleOption(role.key(), nameOf(role))).toList();
    }

    @Transactional(readOnly = true)
    public RoleView get(String key) {
        CompanyRole role = find(key);
        return view(role, rights.findByRoleKey(key).stream().map(RoleRight::right).toList(),
                holderCounts().getOrDefault(key, 0L));
    }

    @Transactional
    public RoleView create(RoleRequest request) {
        refuseTakenName(request.name(), null);
        Set<String> granted = grantable(request.rights());
        CompanyRole role = roles.saveAndFlush(CompanyRole.custom(newKey(request.name()), request.name()));
        granted.forEach(right -> rights.save(new RoleRight(role.key(), right)));
        return get(role.key());
    }

    @Transactional
    public RoleView change(AtriumPrincipal actor, String key, RoleRequest request) {
        CompanyRole role = find(key);
        Set<String> granted = grantable(request.rights());
        if (Role.OWNER.key().equals(key)) {
            if (!actor.isOwner()) {
                throw new ProblemException(403, "owner-required", text("roles.problem.owner-required.title"),
                        text("roles.problem.owner-required.detail"));
            }
            if (!granted.containsAll(CorePermissions.OWNER_KEEPS)) {
                throw new RuleViolationException("owner-keeps-rights", text("roles.problem.owner-keeps.title"),
                        text("roles.problem.owner-keeps.detail", catalog.nameOf(CorePermissions.SETUP_ROLES, locale()),
                                catalog.nameOf(CorePermissions.SETUP_USERS, locale())), Map.of("role", key));
            }
        }
        if (!request.name().equals(nameOf(role))) {
            refuseTakenName(request.name(), role);
            role.rename(request.name());
        }
        List<RoleRight> current = rights.findByRoleKey(key);
        current.stream().filter(right -> !granted.contains(right.right())).forEach(rights::delete);
        Set<String> kept = current.stream().map(RoleRight::right).collect(Collectors.toSet());
        granted.stream().filter(right -> !kept.contains(right)).forEach(right -> rights.save(new RoleRight(key, right)));
        rights.flush();
        events.publishEvent(new RoleRightsChanged(TenantContext.require()));
        return get(key);
    }

    /** A company's own role nobody holds; a built-in role, or one that users hold, is refused with the reason. */
    @Transactional
    public void delete(String key) {
        CompanyRole role = find(key);
        if (role.builtIn()) {
            throw new RuleViolationException("role-built-in", text("roles.problem.built-in.title"),
                    text("roles.problem.built-in.detail", nameOf(role)), Map.of("role", key));
        }
        List<String> holders = holderNames(key);
        if (!holders.isEmpty()) {
            throw new RuleViolationException("role-in-use", text("roles.problem.in-use.title"),
                    text("roles.problem.in-use.detail", nameOf(role), holders.size(), names(holders)),
                    Map.of("role", key, "users", holders.size()));
        }
        rights.deleteAll(rights.findByRoleKey(key));
        roles.delete(role);
    }

    /** The rights a module declares, given to the built-in roles it names when a company first activates it. */
    @Transactional
    void grantModuleDefaults(String moduleKey) {
        catalog.declaredBy(moduleKey).forEach(permission -> permission.defaultRoles().forEach(role -> {
            if (!rights.existsByRoleKeyAndRight(role.name(), permission.name())) {
                rights.save(new RoleRight(role.name(), permission.name()));
            }
        }));
        events.publishEvent(new RoleRightsChanged(TenantContext.require()));
    }

    /** Of the company's roles, those that may grant rights, and some of the enabled users holding them. */
    @Transactional(readOnly = true)
    Granters granters() {
        List<String> roleKeys = rights.findByRightIn(List.of(CorePermissions.SETUP_ROLES)).stream()
                .map(RoleRight::roleKey).toList();
        List<String> roleNames = roles.findAllByOrderByBuiltInDescIdAsc().stream()
                .filter(role -> roleKeys.contains(role.key())).map(this::nameOf).toList();
        @SuppressWarnings("unchecked")
        List<String> users = roleKeys.isEmpty() ? List.of() : entityManager.createNativeQuery("""
                select display_name from app_user
                 where tenant_id = :tenant and enabled and role in (:roles)
                 order by lower(display_name), id""", String.class)
                .setParameter("tenant", TenantContext.require()).setParameter("roles", roleKeys)
                .setMaxResults(NAMES_SHOWN + 1).getResultList();
        return new Granters(roleNames, users.size() > NAMES_SHOWN ? users.subList(0, NAMES_SHOWN) : users,
                users.size() > NAMES_SHOWN);
    }

    record Granters(List<String> roles, List<String> users, boolean more) {
    }

    String rightName(String right) {
        return catalog.nameOf(right, locale());
    }

    private RoleView view(CompanyRole role, List<String> held, long users) {
        List<String> ordered = new ArrayList<>();
        catalog.groups(locale()).forEach(group -> group.rights().stream().map(RightCatalog.Right::key)
                .filter(held::contains).forEach(ordered::add));
        held.stream().filter(right -> !ordered.contains(right)).sorted().forEach(ordered::add);
        return new RoleView(role.key(), nameOf(role), role.builtIn(), ordered, users);
    }

    String nameOf(CompanyRole role) {
        return role.name() != null ? role.name()
                : messages.getMessage("roles.builtin." + role.key(), null, role.key(), locale());
    }

    private CompanyRole find(String key) {
        return roles.findByKey(key).orElseThrow(() -> new NotFoundException("Role", key));
    }

    private Set<String> grantable(Set<String> requested) {
        List<String> unknown = requested.stream().filter(right -> !catalog.exists(right)).sorted().toList();
        if (!unknown.isEmpty()) {
            throw Problems.invalidField("rights", text("roles.problem.unknown-rights", String.join(", ", unknown)));
        }
        return new LinkedHashSet<>(requested);
    }

    private void refuseTakenName(String name, CompanyRole renamed) {
        boolean taken = roles.findAll().stream().filter(role -> role != renamed)
                .anyMatch(role -> nameOf(role).equalsIgnoreCase(name));
        if (taken) {
            throw new RuleViolationException("role-name-taken", text("roles.problem.name-taken.title"),
                    text("roles.problem.name-taken.detail", name), Map.of("name", name));
        }
    }

    /** A key read from the name ({@code Sales assistant} is {@code SALES_ASSISTANT}), unique in the company. */
    private String newKey(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_").replaceAll("^_+|_+$", "");
        if (plain.isEmpty() || !Character.isLetter(plain.charAt(0))) {
            plain = "ROLE_" + plain;
        }
        String base = plain.length() > 34 ? plain.substring(0, 34).replaceAll("_+$", "") : plain;
        String key = base;
        for (int n = 2; roles.existsByKey(key); n++) {
            key = base + "_" + n;
        }
        return key;
    }

    private Map<String, Long> holderCounts() {
        Map<String, Long> counts = new HashMap<>();
        for (Object row : entityManager.createNativeQuery(
                        "select role, count(*) from app_user where tenant_id = :tenant group by role")
                .setParameter("tenant", TenantContext.require()).getResultList()) {
            Object[] columns = (Object[]) row;
            counts.put((String) columns[0], ((Number) columns[1]).longValue());
        }
        return counts;
    }

    @SuppressWarnings("unchecked")
    private List<String> holderNames(String key) {
        return entityManager.createNativeQuery("""
                select display_name from app_user where tenant_id = :tenant and role = :role
                 order by lower(display_name), id""", String.class)
                .setParameter("tenant", TenantContext.require()).setParameter("role", key).getResultList();
    }

    private String names(List<String> holders) {
        return holders.size() > NAMES_SHOWN ? String.join(", ", holders.subList(0, NAMES_SHOWN)) + ", …"
                : String.join(", ", holders);
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, locale());
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
