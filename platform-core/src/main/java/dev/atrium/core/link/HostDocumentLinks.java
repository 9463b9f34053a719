package dev.atrium.core.link;

import dev.atrium.core.module.ActiveModuleBeans;
import dev.atrium.plugin.context.CurrentTenant;
import dev.atrium.plugin.context.CurrentUser;
import dev.atrium.plugin.link.DocumentLinkProvider;
import dev.atrium.plugin.link.DocumentLinkProvider.LinkedDocument;
import dev.atrium.plugin.link.DocumentLinks;
import dev.atrium.plugin.link.DocumentRef;
import dev.atrium.plugin.problem.NotFoundException;
import dev.atrium.plugin.problem.ProblemException;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.text.Collator;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.expression.spel.standard.SpelExpressionParser;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.authorization.ExpressionAuthorizationDecision;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The host's {@link DocumentLinks}: links are rows of {@code document_link}, written and read here by SQL that
 * names the tenant; what each linked document is, and whether the tenant and the user may still see it, is asked
 * of its type's owner: a core feature's {@link CoreDocumentType}, else the {@link DocumentLinkProvider} of a module
 * the tenant has active. A type nobody answers for (a module switched off) drops out of every list.
 */
@Service
class HostDocumentLinks implements DocumentLinks {

    private static final SpelExpressionParser RIGHTS = new SpelExpressionParser();

    private final EntityManager entityManager;
    private final CurrentTenant tenant;
    private final CurrentUser user;
    private final Clock clock;
    private final List<CoreDocumentType> coreTypes;
    private final ActiveModuleBeans modules;

    HostDocumentLinks(EntityManager entityManager, CurrentTenant tenant, CurrentUser user, Clock clock,
            List<CoreDocumentType> coreTypes, ActiveModuleBeans modules) {
        this.entityManager = entityManager;
        this.tenant = tenant;
        this.user = user;
        this.clock = clock;
        this.coreTypes = List.copyOf(coreTypes);
        this.modules = modules;
    }

    @Override
    @Transactional
    public void link(DocumentRef from, DocumentRef to) {
        if (from.equals(to)) {
            throw ProblemException.invalidField("to", "{link.problem.itself}");
        }
        requireExisting(from);
        requireExisting(to);
        // The pair index refuses a second link either way round; the loser of a race waits, then writes nothing.
        entityManager.createNativeQuery("""
                        insert into document_link (tenant_id, from_type, from_id, to_type, to_id, created_at, created_by)
                        values (?1, ?2, ?3, ?4, ?5, ?6, ?7) on conflict do nothing""")
                .setParameter(1, tenant.id()).setParameter(2, from.type()).setParameter(3, from.id())
                .setParameter(4, to.type()).setParameter(5, to.id())
                .setParameter(6, Timestamp.from(clock.instant()))
                .setParameter(7, user.signedIn() ? user.id() : null)
                .executeUpdate();
    }

    @Override
    @Transactional(readOnly = true)
    public List<LinkedGroup> linkedTo(DocumentRef document) {
        Map<String, Set<Long>> idsByType = new LinkedHashMap<>();
        for (Object[] row : rows(entityManager.createNativeQuery("""
                        select to_type, to_id from document_link
                         where tenant_id = ?1 and from_type = ?2 and from_id = ?3
                        union
                        select from_type, from_id from document_link
                         where tenant_id = ?1 and to_type = ?2 and to_id = ?3""")
                .setParameter(1, tenant.id()).setParameter(2, document.type()).setParameter(3, document.id())
                .getResultList())) {
            idsByType.computeIfAbsent((String) row[0], type -> new LinkedHashSet<>()).add(((Number) row[1]).longValue());
        }
        if (idsByType.isEmpty()) {
            return List.of();
        }
        Locale locale = LocaleContextHolder.getLocale();
        Set<String> answered = new LinkedHashSet<>();
        List<LinkedGroup> groups = new ArrayList<>();
        for (CoreDocumentType owner : coreTypes) {
            group(owner, idsByType, answered, locale).ifPresent(groups::add);
        }
        modules.ask(DocumentLinkProvider.class, owner -> group(owner, idsByType, answered, locale))
                .forEach(group -> group.ifPresent(groups::add));
        Collator byName = Collator.getInstance(locale);
        groups.sort(Comparator.comparing(LinkedGroup::name, byName));
        return groups;
    }

    /**
     * What is linked to a document a reader opened by its type and id: the type must be one the tenant can see and
     * the reader may read, and the document one of the tenant's, else the reader learns nothing of it.
     *
     * @throws NotFoundException             for an unknown type, a module's the tenant has not active, or an id the
     *                                       tenant does not have
     * @throws AuthorizationDeniedException  when the reader lacks the type's right to read (a 403 naming it)
     */
    @Transactional(readOnly = true)
    List<LinkedGroup> linkedToForReader(String type, long id) {
        if (!DocumentRef.isType(type)) {
            throw new NotFoundException("Document", type + " " + id);
        }
        DocumentRef document = new DocumentRef(type, id);
        Optional<String> right = ownerOf(document, owner -> Optional.ofNullable(owner.readPermission()))
                .orElseThrow(() -> new NotFoundException("Document", document));
        if (right.isPresent() && !user.hasPermission(right.get())) {
            throw new AuthorizationDeniedException("Reading " + type + " documents needs " + right.get(),
                    new ExpressionAuthorizationDecision(false,
                            RIGHTS.parseExpression("hasAuthority('" + right.get() + "')")));
        }
        requireExisting(document);
        return linkedTo(document);
    }

    private Optional<LinkedGroup> group(DocumentLinkProvider owner, Map<String, Set<Long>> idsByType,
            Set<String> answered, Locale locale) {
        String type = owner.documentType();
        Set<Long> ids = idsByType.get(type);
        // A module naming a type another owner answers for is not asked: the first (the core's) describes it.
        if (ids == null || !answered.add(type) || !mayRead(owner)) {
            return Optional.empty();
        }
        List<LinkedDocument> documents = owner.describe(List.copyOf(ids)).stream()
                .filter(document -> document.type().equals(type) && ids.contains(document.id()))
                .sorted(Comparator.comparing(LinkedDocument::label, Collator.getInstance(locale)))
                .toList();
        return documents.isEmpty() ? Optional.empty()
                : Optional.of(new LinkedGroup(type, owner.typeName(locale), documents));
    }

    /** A job or a listener works for the whole tenant; a person sees the types their rights let them read. */
    private boolean mayRead(DocumentLinkProvider owner) {
        String right = owner.readPermission();
        return right == null || !user.signedIn() || user.hasPermission(right);
    }

    private void requireExisting(DocumentRef document) {
        boolean found = ownerOf(document, owner -> owner.describe(List.of(document.id())).stream()
                .anyMatch(described -> described.ref().equals(document)))
                .orElse(false);
        if (!found) {
            throw new NotFoundException("Document", document);
        }
    }

    /** What {@code question} answers of the type's owner; empty when no owner answers for the type. */
    private <R> Optional<R> ownerOf(DocumentRef document, Function<DocumentLinkProvider, R> question) {
        for (CoreDocumentType owner : coreTypes) {
            if (owner.documentType().equals(document.type())) {
                return Optional.of(question.apply(owner));
            }
        }
        return modules.ask(DocumentLinkProvider.class, owner -> owner.documentType().equals(document.type())
                        ? Optional.<R>of(question.apply(owner)) : Optional.<R>empty())
                .stream().flatMap(Optional::stream).findFirst();
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(List<?> result) {
        return (List<Object[]>) result;
    }
}
