package dev.atrium.core.sending;

import dev.atrium.core.mail.Attachment;
import dev.atrium.core.mail.MailNotSentException;
import dev.atrium.core.mail.Mailer;
import dev.atrium.core.mail.WrittenEmail;
import dev.atrium.core.party.PartyEmailAddresses;
import dev.atrium.core.party.PartyEmailAddresses.EmailAddress;
import dev.atrium.core.problem.ProblemTexts;
import dev.atrium.plugin.context.CurrentTenant;
import dev.atrium.plugin.context.CurrentUser;
import dev.atrium.plugin.history.FieldChange;
import dev.atrium.plugin.history.RecordHistory;
import dev.atrium.plugin.party.Parties;
import dev.atrium.plugin.problem.FieldError;
import dev.atrium.plugin.problem.NotFoundException;
import dev.atrium.plugin.problem.ProblemException;
import dev.atrium.plugin.problem.RuleViolationException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.expression.spel.standard.SpelExpressionParser;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.authorization.ExpressionAuthorizationDecision;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends a document by email: the draft prefilled from the tenant's template for its kind, then the email as
 * the person left it, with the document's PDF attached. The document's own step ({@link SendableDocuments#sent})
 * and the history entry (recipients and subject, never the body) are written first, in the transaction the
 * mail server's answer ends: an email it does not take leaves nothing recorded.
 */
@Service
public class DocumentSending {

    /** The placeholders every kind of document fills, whatever it adds of its own. */
    public static final List<String> COMMON_PLACEHOLDERS = List.of("party.name", "company.name", "sender.name",
            "document.reference");

    /** The largest PDF sent: mail servers commonly refuse messages over 10 MB, and encoding adds a third. */
    static final int MAX_ATTACHMENT_BYTES = 7 * 1024 * 1024;

    static final String HISTORY_TO = "sending.history.to";
    static final String HISTORY_CC = "sending.history.cc";
    static final String HISTORY_SUBJECT = "sending.history.subject";

    private static final SpelExpressionParser RIGHTS = new SpelExpressionParser();

    private final EmailTemplates templates;
    private final PartyEmailAddresses partyAddresses;
    private final Parties parties;
    private final Mailer mailer;
    private final RecordHistory history;
    private final CurrentTenant tenant;
    private final CurrentUser user;

    DocumentSending(EmailTemplates templates, PartyEmailAddresses partyAddresses, Parties parties, Mailer mailer,
            RecordHistory history, CurrentTenant tenant, CurrentUser user) {
        this.templates = templates;
        this.partyAddresses = partyAddresses;
        this.parties = parties;
        this.mailer = mailer;
        this.history = history;
        this.tenant = tenant;
        this.user = user;
    }

    /** The email the document would go with now; 404 for a kind or document the tenant does not have. */
    @Transactional(readOnly = true)
    SendDraft draft(String kind, long id) {
        SendableDocuments documents = sendable(kind);
        SendableDocument document = document(documents, id);
        List<EmailAddress> addresses = partyAddresses.of(document.partyId()).orElse(List.of());
        EmailTemplateView template = templates.of(kind);
        Map<String, String> values = values(document);
        return new SendDraft(kind, id, document.reference(), document.path(), addresses,
                addresses.isEmpty() ? "" : addresses.getFirst().address(),
                Placeholders.fill(template.subject(), values), Placeholders.fill(template.body(), values),
                document.pdf().fileName(), document.notSendable().map(ProblemTexts::messageOf).orElse(null));
    }

    /**
     * Sends the email as given. Refused, with nothing sent nor recorded: bad fields (400), a document that may
     * not be sent now or a deployment without mail (409), a PDF over the size bound (409), a mail server that
     * does not take it (503).
     */
    @Transactional
    SentEmail send(String kind, long id, SendRequest request) {
        SendableDocuments documents = sendable(kind);
        SendableDocument document = document(documents, id);
        List<FieldError> errors = request.errors();
        if (!errors.isEmpty()) {
            throw ProblemException.invalidFields(errors);
        }
        document.notSendable().ifPresent(reason -> {
            throw new RuleViolationException("document-not-sendable", "Document not sendable",
                    document.reference() + " may not be sent now: " + reason, Map.of("reference",
                    document.reference(), "reason", ProblemTexts.messageOf(reason)));
        });
        if (!mailer.configured()) {
            throw new RuleViolationException("sending-not-configured", "Mail is not configured",
                    "This deployment sends no email, so the document cannot be sent.");
        }
        documents.sent(id, request.to());
        List<FieldChange> sending = new ArrayList<>();
        sending.add(new FieldChange(HISTORY_TO, null, request.to()));
        if (!request.cc().isEmpty()) {
            sending.add(new FieldChange(HISTORY_CC, null, String.join(", ", request.cc())));
        }
        sending.add(new FieldChange(HISTORY_SUBJECT, null, request.subject()));
        history.changed(kind, id, sending);
        byte[] pdf = document.pdf().content().get();
        if (pdf.length > MAX_ATTACHMENT_BYTES) {
            throw new RuleViolationException("attachment-too-large", "Attachment too large",
                    document.pdf().fileName() + " is larger than an email may carry.",
                    Map.of("fileName", document.pdf().fileName(), "limit", MAX_ATTACHMENT_BYTES));
        }
        try {
            mailer.send(new WrittenEmail(List.of(request.to()), request.cc(), replyTo(), request.subject(),
                    request.message(), List.of(new Attachment(document.pdf().fileName(), "application/pdf", pdf))));
        } catch (MailNotSentException notSent) {
            throw new ProblemException(503, "mail-not-sent", "Email not sent",
                    "The mail server did not take the email; nothing was changed. Try again in a moment.");
        }
        return new SentEmail(kind, id, request.to(), request.cc(), request.subject(), document.pdf().fileName());
    }

    /** The kind, when the user may send its documents; 404 for a kind that does not exist, 403 missing-right. */
    private SendableDocuments sendable(String kind) {
        SendableDocuments documents = templates.kind(kind);
        if (!user.hasPermission(documents.right())) {
            throw new AuthorizationDeniedException("Sending " + kind + " documents takes " + documents.right(),
                    new ExpressionAuthorizationDecision(false,
                            RIGHTS.parseExpression("hasAuthority('" + documents.right() + "')")));
        }
        return documents;
    }

    private static SendableDocument document(SendableDocuments documents, long id) {
        return documents.find(id).orElseThrow(() -> new NotFoundException("Document", id));
    }

    private Map<String, String> values(SendableDocument document) {
        Map<String, String> values = new HashMap<>(document.values());
        values.put("party.name", parties.find(document.partyId()).map(party -> party.name()).orElse(""));
        values.put("company.name", tenant.name());
        values.put("sender.name", user.signedIn() ? user.displayName() : tenant.name());
        values.put("document.reference", document.reference());
        return values;
    }

    private String replyTo() {
        return user.signedIn() && SendRequest.isAddress(user.email()) ? user.email() : null;
    }
}
