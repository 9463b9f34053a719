package dev.atrium.core.mail;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * One email to one person: the template under {@code templates/mail/} ({@code invitation} renders
 * {@code invitation.txt} and {@code invitation.html}), its subject {@code mail.<template>.subject} with
 * {@code subjectArguments}, and the values the templates show. Values are substituted as text, never
 * evaluated.
 */
public record Email(String to, Locale locale, String template, List<Object> subjectArguments,
        Map<String, Object> variables) {

    public Email {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(template, "template");
        subjectArguments = List.copyOf(subjectArguments);
        variables = Map.copyOf(variables);
    }
}
