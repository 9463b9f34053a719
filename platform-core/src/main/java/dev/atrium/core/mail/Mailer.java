package dev.atrium.core.mail;

import jakarta.activation.DataHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.UnsupportedEncodingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Sends emails rendered from our own templates, and emails people wrote themselves ({@link WrittenEmail}). Boot creates the {@link JavaMailSender} only when
 * {@code spring.mail.host} is set; without it, or without a sender address and public URL, nothing is sent
 * and {@link #configured()} says so. Logs name the template, never the recipient or the content: an email
 * address is a tenant's data and a link may carry a secret.
 */
@Service
@EnableConfigurationProperties(MailSettings.class)
public class Mailer {

    private static final Logger log = LoggerFactory.getLogger(Mailer.class);

    private final ObjectProvider<JavaMailSender> sender;
    private final MailSettings settings;
    private final MessageSource messages;
    private final TemplateEngine templates;

    Mailer(ObjectProvider<JavaMailSender> sender, MailSettings settings, MessageSource messages) {
        this.sender = sender;
        this.settings = settings;
        this.messages = messages;
        this.templates = engine(messages);
    }

    /** Whether this deployment can send mail at all. */
    public boolean configured() {
        return sender.getIfAvailable() != null && settings.complete();
    }

    /** An absolute link to a path of the application ({@code /t/demo/invitation?token=...}). */
    public String link(String path) {
        if (!settings.complete()) {
            throw new MailNotSentException("No public URL is configured (atrium.mail.public-url)", null);
        }
        return settings.link(path);
    }

    /** Renders and sends the email now; refuses when mail is not configured or the server does not take it. */
    public void send(Email email) {
        JavaMailSender smtp = requireSender();
        Context context = new Context(email.locale(), email.variables());
        String text = templates.process(email.template() + ".txt", context);
        String html = templates.process(email.template() + ".html", context);
        String subject = messages.getMessage("mail." + email.template() + ".subject",
                email.subjectArguments().toArray(), email.locale());
        try {
            MimeMessage message = smtp.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
            helper.setFrom(settings.from());
            helper.setTo(email.to());
            helper.setSubject(subject);
            helper.setText(text, html);
            smtp.send(message);
        } catch (MessagingException | MailException e) {
            log.warn("The {} email was not sent: {}", email.template(), e.getClass().getSimpleName());
            throw new MailNotSentException("The mail server did not take the email", e);
        }
    }

    /**
     * Sends the written email now, as plain text with its attachments; refuses when mail is not configured or the
     * server does not take it. Addresses are parsed strictly: one that is not a plain address is refused too.
     */
    public void send(WrittenEmail email) {
        JavaMailSender smtp = requireSender();
        try {
            MimeMessage message = smtp.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, !email.attachments().isEmpty(),
                    StandardCharsets.UTF_8.name());
            helper.setFrom(settings.from());
            helper.setTo(addresses(email.to()));
            if (!email.cc().isEmpty()) {
                helper.setCc(addresses(email.cc()));
            }
            if (email.replyTo() != null) {
                helper.setReplyTo(new InternetAddress(email.replyTo(), true));
            }
            helper.setSubject(email.subject());
            helper.setText(email.text(), false);
            for (Attachment attachment : email.attachments()) {
                helper.getRootMimeMultipart().addBodyPart(part(attachment));
            }
            smtp.send(message);
        } catch (MessagingException | MailException e) {
            log.warn("A written email with {} attachment(s) was not sent: {}", email.attachments().size(),
                    e.getClass().getSimpleName());
            throw new MailNotSentException("The mail server did not take the email", e);
        }
    }

    /**
     * The attachment in base64 whatever its bytes: left to itself, JavaMail sends a file that looks like text as
     * text, and the mail servers on the way turn its line ends into CRLF, which corrupts a PDF.
     */
    private static MimeBodyPart part(Attachment attachment) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        part.setDataHandler(new DataHandler(new ByteArrayDataSource(attachment.content(), attachment.contentType())));
        part.setDisposition(Part.ATTACHMENT);
        try {
            part.setFileName(MimeUtility.encodeText(attachment.fileName(), StandardCharsets.UTF_8.name(), null));
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
        part.setHeader("Content-Transfer-Encoding", "base64");
        return part;
    }

    private JavaMailSender requireSender() {
        JavaMailSender smtp = sender.getIfAvailable();
        if (smtp == null || !settings.complete()) {
            throw new MailNotSentException("Mail is not configured on this deployment", null);
        }
        return smtp;
    }

    private static InternetAddress[] addresses(List<String> addresses) throws AddressException {
        InternetAddress[] parsed = new InternetAddress[addresses.size()];
        for (int i = 0; i < parsed.length; i++) {
            parsed[i] = new InternetAddress(addresses.get(i), true);
        }
        return parsed;
    }

    private static TemplateEngine engine(MessageSource messages) {
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateEngineMessageSource(messages);
        engine.addTemplateResolver(resolver(TemplateMode.TEXT, "*.txt", 1));
        engine.addTemplateResolver(resolver(TemplateMode.HTML, "*.html", 2));
        return engine;
    }

    private static ClassLoaderTemplateResolver resolver(TemplateMode mode, String pattern, int order) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/mail/");
        resolver.setTemplateMode(mode);
        resolver.setResolvablePatterns(Set.of(pattern));
        resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
        resolver.setCheckExistence(true);
        resolver.setCacheable(true);
        resolver.setOrder(order);
        return resolver;
    }
}
