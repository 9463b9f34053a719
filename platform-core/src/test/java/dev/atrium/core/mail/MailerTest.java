package dev.atrium.core.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

class MailerTest {

    private final GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

    @BeforeEach
    void start() {
        smtp.start();
    }

    @AfterEach
    void stop() {
        smtp.stop();
    }

    @Test
    void anEmailGoesOutAsTextAndHtmlInTheRecipientsLanguage() throws Exception {
        Mailer mailer = mailer(sender(), new MailSettings("atrium@example.test", "https://atrium.example.test/"));

        mailer.send(new Email("marie@example.test", Locale.FRENCH, "greeting", List.of("Acme"),
                Map.of("name", "Marie <b>")));

        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).as("one email received").hasSize(1);
        assertThat(received[0].getSubject()).isEqualTo("Bonjour de Acme");
        assertThat(received[0].getFrom()[0].toString()).isEqualTo("atrium@example.test");
        String body = GreenMailUtil.getBody(received[0]);
        assertThat(body).as("text part, in French").contains("Hello Marie <b>,")
                .contains("vous pouvez l=E2=80=99ignorer");
        assertThat(body).as("HTML part escapes the values it shows").contains("Marie &lt;b&gt;");
    }

    @Test
    void aWrittenEmailGoesOutAsPlainTextWithItsAttachmentByteForByte() throws Exception {
        Mailer mailer = mailer(sender(), new MailSettings("atrium@example.test", "https://atrium.example.test/"));
        byte[] pdf = "%PDF-1.4\nlooks like text\n%%EOF\n".getBytes(StandardCharsets.UTF_8);

        mailer.send(new WrittenEmail(List.of("marie@example.test"), List.of("paul@example.test"), "me@example.test",
                "Facture n° 12", "Bonjour,\n${x} [[${@mailer}]]", List.of(new Attachment("Facture n° 12.pdf",
                "application/pdf", pdf))));

        MimeMessage received = smtp.getReceivedMessages()[0];
        assertThat(received.getSubject()).isEqualTo("Facture n° 12");
        assertThat(received.getReplyTo()[0].toString()).isEqualTo("me@example.test");
        Multipart parts = (Multipart) received.getContent();
        BodyPart attachment = parts.getBodyPart(parts.getCount() - 1);
        assertThat(MimeUtility.decodeText(attachment.getFileName())).isEqualTo("Facture n° 12.pdf");
        assertThat(attachment.getInputStream().readAllBytes()).as("the file's own line ends, untouched").isEqualTo(pdf);
        assertThat(GreenMailUtil.getBody(received)).contains("[[${@mailer}]]");
    }

    @Test
    void aLineBreakInAHeaderOfAWrittenEmailIsRefusedBeforeAnythingIsSent() {
        assertThatThrownBy(() -> new WrittenEmail(List.of("marie@example.test"), List.of(), null,
                "Hello\r\nBcc: x@example.test", "text", List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new WrittenEmail(List.of("marie@example.test\nBcc: x@example.test"), List.of(), null,
                "Hello", "text", List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }

    @Test
    void withoutAnSmtpServerNothingIsSentAndTheMailerSaysSo() {
        Mailer mailer = mailer(null, new MailSettings("atrium@example.test", "https://atrium.example.test"));

        assertThat(mailer.configured()).isFalse();
        assertThatThrownBy(() -> mailer.send(new Email("marie@example.test", Locale.ENGLISH, "greeting",
                List.of("Acme"), Map.of("name", "Marie")))).isInstanceOf(MailNotSentException.class);
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }

    @Test
    void withoutASenderAddressMailIsNotConfigured() {
        assertThat(mailer(sender(), new MailSettings("", "https://atrium.example.test")).configured()).isFalse();
        assertThat(mailer(sender(), new MailSettings("a@example.test", "https://atrium.example.test")).configured())
                .isTrue();
    }

    @Test
    void linksStartWithThePublicUrl() {
        Mailer mailer = mailer(sender(), new MailSettings("a@example.test", "https://atrium.example.test/"));

        assertThat(mailer.link("/t/demo/reset?token=x")).isEqualTo("https://atrium.example.test/t/demo/reset?token=x");
    }

    private JavaMailSender sender() {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(smtp.getSmtp().getPort());
        return sender;
    }

    private static Mailer mailer(JavaMailSender sender, MailSettings settings) {
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        if (sender != null) {
            beans.addBean("mailSender", sender);
        }
        ResourceBundleMessageSource bundle = new ResourceBundleMessageSource();
        bundle.setBasenames("i18n/mail");
        bundle.setDefaultEncoding("UTF-8");
        bundle.setFallbackToSystemLocale(false);
        StaticMessageSource subjects = new StaticMessageSource();
        subjects.addMessage("mail.greeting.subject", Locale.ENGLISH, "Hello from {0}");
        subjects.addMessage("mail.greeting.subject", Locale.FRENCH, "Bonjour de {0}");
        subjects.setParentMessageSource(bundle);
        return new Mailer(beans.getBeanProvider(JavaMailSender.class), settings, subjects);
    }
}
