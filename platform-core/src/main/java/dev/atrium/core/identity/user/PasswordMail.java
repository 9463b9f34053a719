package dev.atrium.core.identity.user;

import dev.atrium.core.mail.Email;
import dev.atrium.core.mail.MailNotSentException;
import dev.atrium.core.mail.Mailer;
import dev.atrium.core.tenant.TenantSummary;
import dev.atrium.plugin.problem.ProblemException;
import dev.atrium.plugin.problem.RuleViolationException;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The emails that carry a password link, in the company's language. The link is {@code /t/{slug}/password/{secret}}
 * under the deployment's public URL, never under the Host header of the request that caused it.
 */
@Component
class PasswordMail {

    private final Mailer mailer;

    PasswordMail(Mailer mailer) {
        this.mailer = mailer;
    }

    boolean configured() {
        return mailer.configured();
    }

    /** Refuses what needs an email on a deployment that sends none, rather than pretending it was sent. */
    void requireConfigured() {
        if (!mailer.configured()) {
            throw new RuleViolationException("mail-not-configured", "Mail is not configured",
                    "This deployment sends no email, so an invitation would reach nobody. Add the user with a "
                            + "password instead, or ask your Atrium provider to configure mail.");
        }
    }

    void sendInvitation(TenantSummary tenant, UserAccount user, String inviter, String secret) {
        send(new Email(user.getEmail(), tenant.locale(), "invitation", List.of(tenant.name()), Map.of(
                "name", user.getDisplayName(), "inviter", inviter, "company", tenant.name(),
                "link", link(tenant, secret))));
    }

    void sendReset(TenantSummary tenant, UserAccount user, String secret) {
        send(new Email(user.getEmail(), tenant.locale(), "reset", List.of(tenant.name()), Map.of(
                "name", user.getDisplayName(), "company", tenant.name(), "link", link(tenant, secret))));
    }

    private String link(TenantSummary tenant, String secret) {
        return mailer.link("/t/" + tenant.slug() + "/password/" + secret);
    }

    private void send(Email email) {
        try {
            mailer.send(email);
        } catch (MailNotSentException e) {
            throw new ProblemException(503, "mail-not-sent", "Email not sent",
                    "The mail server did not take the email; nothing was changed. Try again in a moment.");
        }
    }
}
