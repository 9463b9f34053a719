package dev.atrium.core.sending;

import dev.atrium.core.principal.CorePermissions;
import dev.atrium.core.problem.ProblemTexts;
import dev.atrium.core.web.MessageBundles;
import dev.atrium.plugin.context.CurrentTenant;
import dev.atrium.plugin.problem.FieldError;
import dev.atrium.plugin.problem.NotFoundException;
import dev.atrium.plugin.problem.ProblemException;
import dev.atrium.plugin.problem.RuleViolationException;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The email each kind of document is sent with: the tenant's own template (Setup → Email templates) or, while
 * it has none, the shipped one in the tenant's language. Shipped templates are the messages
 * {@code sending.default.<kind>.subject} and {@code .body} (the core's kinds, in this feature's bundle), else
 * {@code <kind>.email.subject} and {@code .body} of the kind's own bundle (a module's). At start every kind's
 * shipped templates are checked in every language: one missing, or naming a placeholder its kind does not
 * offer, stops the application rather than a tenant's first sending.
 */
@Service
class EmailTemplates {

    static final String SETUP_COMPANY = "hasAuthority('" + CorePermissions.SETUP_COMPANY + "')";

    private static final Pattern KIND = Pattern.compile("[a-z][a-z0-9-]{0,39}");
    private static final Pattern RIGHT = Pattern.compile("[a-z][a-z0-9-]*:[a-z][a-z0-9-]*");
    private static final Pattern PLACEHOLDER = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*)+");

    private final Map<String, SendableDocuments> kinds;
    private final EntityManager entityManager;
    private final CurrentTenant tenant;
    private final MessageSource messages;

    /** Kinds through a provider: a deployment whose features send nothing yet has none, and still starts. */
    EmailTemplates(ObjectProvider<SendableDocuments> kinds, EntityManager entityManager, CurrentTenant tenant,
            MessageSource messages) {
        this.kinds = byKind(kinds.orderedStream().toList());
        this.entityManager = entityManager;
        this.tenant = tenant;
        this.messages = messages;
        this.kinds.values().forEach(this::requireShippedTemplates);
    }

    /** The kind of document, or a 404 naming it. */
    SendableDocuments kind(String kind) {
        SendableDocuments documents = kinds.get(kind);
        if (documents == null) {
            throw new NotFoundException("Document kind", kind);
        }
        return documents;
    }

    /** Every kind's template, by kind. */
    @Transactional(readOnly = true)
    List<EmailTemplateView> list() {
        Map<String, EmailTemplate> own = new LinkedHashMap<>();
        entityManager.createQuery("select t from EmailTemplate t", EmailTemplate.class).getResultList()
                .forEach(template -> own.put(template.kind(), template));
        return kinds.values().stream().map(documents -> view(documents, own.get(documents.kind()))).toList();
    }

    /** The template one kind of document is sent with now. */
    @Transactional(readOnly = true)
    EmailTemplateView of(String kind) {
        SendableDocuments documents = kind(kind);
        return view(documents, own(kind));
    }

    @Transactional(readOnly = true)
    EmailTemplateView get(long id) {
        EmailTemplate template = find(id);
        return view(kind(template.kind()), template);
    }

    /** The tenant's own template for a kind that has none yet; 409 when it has one (change that one). */
    @Transactional
    EmailTemplateView create(EmailTemplateRequest request) {
        if (request.kind() == null || !kinds.containsKey(request.kind())) {
            throw ProblemException.invalidField("kind", ProblemTexts.key("sending.problem.kind",
                    String.join(", ", kinds.keySet())));
        }
        SendableDocuments documents = kinds.get(request.kind());
        requireValid(request, documents, false);
        if (own(request.kind()) != null) {
            throw new RuleViolationException("email-template-exists", "Email template exists",
                    "The company has its own template for " + request.kind() + " already: change it instead.",
                    Map.of("kind", request.kind()));
        }
        EmailTemplate template = new EmailTemplate(request.kind(), request.subject(), request.body());
        entityManager.persist(template);
        entityManager.flush();
        return view(documents, template);
    }

    @Transactional
    EmailTemplateView change(long id, EmailTemplateRequest request) {
        EmailTemplate template = find(id);
        SendableDocuments documents = kind(template.kind());
        requireValid(request, documents, true);
        if (template.getVersion() != request.version()) {
            throw new ObjectOptimisticLockingFailureException(EmailTemplate.class, id);
        }
        template.rewrite(request.subject(), request.body());
        entityManager.flush();
        return view(documents, template);
    }

    /** Saves a kind's template, the tenant's own from now on whether it had one or not: the edit page's save. */
    @Transactional
    EmailTemplateView save(String kind, String subject, String body, Long version) {
        EmailTemplate template = own(kind(kind).kind());
        if (template == null) {
            return create(new EmailTemplateRequest(kind, subject, body, null));
        }
        return change(template.getId(), new EmailTemplateRequest(kind, subject, body, version));
    }

    /** Back to the shipped template: the tenant's own is deleted. */
    @Transactional
    void reset(long id) {
        entityManager.remove(find(id));
    }

    /** The tenant's own template for this kind, if any, else nothing; the shipped one stays. */
    @Transactional
    void resetKind(String kind) {
        kind(kind);
        EmailTemplate template = own(kind);
        if (template != null) {
            entityManager.remove(template);
        }
    }

    /** What a kind's subject and body may name: the common placeholders, then the kind's own. */
    static Set<String> offered(SendableDocuments documents) {
        Set<String> offered = new LinkedHashSet<>(DocumentSending.COMMON_PLACEHOLDERS);
        offered.addAll(documents.placeholders());
        return Collections.unmodifiableSet(offered);
    }

    private EmailTemplateView view(SendableDocuments documents, EmailTemplate own) {
        List<String> placeholders = List.copyOf(offered(documents));
        if (own != null) {
            return new EmailTemplateView(documents.kind(), own.getId(), own.getVersion(), true, own.subject(),
                    own.body(), placeholders);
        }
        Locale language = tenant.locale();
        return new EmailTemplateView(documents.kind(), null, 0, false, shipped(documents.kind(), "subject", language),
                shipped(documents.kind(), "body", language), placeholders);
    }

    private String shipped(String kind, String part, Locale language) {
        String core = messages.getMessage("sending.default." + kind + "." + part, null, null, language);
        return core != null ? core : messages.getMessage(kind + ".email." + part, null, null, language);
    }

    private EmailTemplate own(String kind) {
        return entityManager.createQuery("select t from EmailTemplate t where t.kind = :kind", EmailTemplate.class)
                .setParameter("kind", kind).getResultStream().findFirst().orElse(null);
    }

    private EmailTemplate find(long id) {
        EmailTemplate template = entityManager.find(EmailTemplate.class, id);
        if (template == null || !kinds.containsKey(template.kind())) {
            throw new NotFoundException("Email template", id);
        }
        return template;
    }

    private static void requireValid(EmailTemplateRequest request, SendableDocuments documents, boolean change) {
        List<FieldError> errors = new ArrayList<>(request.errors(offered(documents), change));
        if (!errors.isEmpty()) {
            throw ProblemException.invalidFields(errors);
        }
    }

    private void requireShippedTemplates(SendableDocuments documents) {
        Set<String> offered = offered(documents);
        for (Locale language : MessageBundles.LANGUAGES) {
            for (String part : List.of("subject", "body")) {
                String text = shipped(documents.kind(), part, language);
                if (text == null || text.isBlank()) {
                    throw new IllegalStateException("The " + documents.kind() + " documents ship no email " + part
                            + " in " + language + ": add sending.default." + documents.kind() + "." + part
                            + " or " + documents.kind() + ".email." + part + " to a bundle");
                }
                Set<String> unknown = new LinkedHashSet<>(Placeholders.named(text));
                unknown.removeAll(offered);
                if (!unknown.isEmpty()) {
                    throw new IllegalStateException("The shipped " + language + " email " + part + " of "
                            + documents.kind() + " names placeholders the kind does not offer: " + unknown);
                }
            }
        }
    }

    private static Map<String, SendableDocuments> byKind(List<SendableDocuments> kinds) {
        Map<String, SendableDocuments> byKind = new LinkedHashMap<>();
        for (SendableDocuments documents : kinds) {
            if (!KIND.matcher(documents.kind()).matches()) {
                throw new IllegalStateException("A kind of document is lower-case letters, digits and dashes, at "
                        + "most 40: " + documents.kind());
            }
            if (!RIGHT.matcher(documents.right()).matches()) {
                throw new IllegalStateException("A right is <feature>:<action>: " + documents.right());
            }
            documents.placeholders().stream().filter(name -> !PLACEHOLDER.matcher(name).matches()).findFirst()
                    .ifPresent(name -> {
                        throw new IllegalStateException("A placeholder is dotted lower-case words: " + name);
                    });
            if (byKind.put(documents.kind(), documents) != null) {
                throw new IllegalStateException("Two beans send documents of kind " + documents.kind());
            }
        }
        return byKind;
    }
}
