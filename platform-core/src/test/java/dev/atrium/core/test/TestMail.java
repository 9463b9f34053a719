package dev.atrium.core.test;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One local SMTP server (GreenMail) for every application a test run starts, which {@link TestServicesEnvironment}
 * points {@code spring.mail.*} at, with {@link #PUBLIC_URL} as the public address of links. Tests tell their
 * emails apart by recipient: every tenant's addresses carry its unique slug.
 */
public final class TestMail {

    public static final String FROM = "atrium@mail.test";
    public static final String PUBLIC_URL = "https://atrium.mail.test";

    private static final Pattern PASSWORD_LINK = Pattern.compile(Pattern.quote(PUBLIC_URL) + "(/t/[a-z0-9-]+/password/[A-Za-z0-9_-]{43})");

    private static GreenMail server;

    private TestMail() {
    }

    static boolean available() {
        return org.springframework.util.ClassUtils.isPresent("com.icegreen.greenmail.util.GreenMail",
                TestMail.class.getClassLoader());
    }

    static synchronized int port() {
        if (server == null) {
            server = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "test-mail-stop"));
        }
        return server.getSmtp().getPort();
    }

    /** The emails received so far for this address, oldest first. */
    public static synchronized List<MimeMessage> to(String address) {
        port();
        return Arrays.stream(server.getReceivedMessages()).filter(message -> addressedTo(message, address)).toList();
    }

    /**
     * Waits until {@code count} emails have arrived for this address, for mail sent after the answer (a reset
     * link): the wait ends as soon as they are there, and a test asserts on what arrived, never on how long it
     * took. Other test classes send mail at the same time, so only this address's count says anything.
     */
    public static void awaitTo(String address, int count) {
        port();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (to(address).size() < count && System.nanoTime() < deadline) {
            server.waitForIncomingEmail(100, server.getReceivedMessages().length + 1);
        }
    }

    /** The emails received so far for any address of this domain ({@code acme-1.test}), oldest first. */
    public static synchronized List<MimeMessage> toDomain(String domain) {
        port();
        return Arrays.stream(server.getReceivedMessages())
                .filter(message -> recipients(message).stream().anyMatch(to -> to.endsWith("@" + domain)))
                .toList();
    }

    /** The path of the password link in the latest email to this address ({@code /t/acme/password/...}). */
    public static String lastPasswordLinkTo(String address) {
        List<MimeMessage> received = to(address);
        if (received.isEmpty()) {
            throw new AssertionError("No email was sent to " + address);
        }
        String body = GreenMailUtil.getBody(received.getLast()).replace("=\r\n", "").replace("=3D", "=");
        Matcher link = PASSWORD_LINK.matcher(body);
        if (!link.find()) {
            throw new AssertionError("The latest email to " + address + " holds no password link:\n" + body);
        }
        return link.group(1);
    }

    private static boolean addressedTo(MimeMessage message, String address) {
        return recipients(message).stream().anyMatch(recipient -> recipient.equalsIgnoreCase(address));
    }

    private static List<String> recipients(MimeMessage message) {
        try {
            return Arrays.stream(message.getRecipients(Message.RecipientType.TO)).map(Object::toString).toList();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
