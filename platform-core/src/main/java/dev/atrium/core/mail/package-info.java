/**
 * Email to people: {@link dev.atrium.core.mail.Mailer} renders a text and an HTML template from
 * {@code templates/mail/} with the texts of {@code i18n/mail*.properties} in the recipient's language, and
 * sends them over the deployment's SMTP server ({@code spring.mail.*}); a
 * {@link dev.atrium.core.mail.WrittenEmail}, whose words a person wrote, goes out as plain text with its
 * attachments. A deployment without an SMTP server sends nothing, and {@link dev.atrium.core.mail.Mailer#configured()} lets pages say so.
 */
@ApplicationModule(displayName = "Mail", allowedDependencies = {})
package dev.atrium.core.mail;

import org.springframework.modulith.ApplicationModule;
