package dev.atrium.core.sending;

import dev.atrium.core.test.TestMail;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One email as the local SMTP server received it, read back into what a recipient sees. */
record SentMail(String subject, List<String> to, List<String> cc, List<String> replyTo, String text,
        List<File> attachments) {

    /** A file attached to it. */
    record File(String name, String contentType, byte[] content) {
    }

    /**
     * Every email sent to this address, oldest first. The server keeps one copy per recipient, so an email with
     * copies arrives several times under one Message-ID: it counts once.
     */
    static List<SentMail> to(String address) {
        Map<String, MimeMessage> sent = new LinkedHashMap<>();
        for (MimeMessage message : TestMail.to(address)) {
            try {
                sent.putIfAbsent(message.getMessageID(), message);
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
        return sent.values().stream().map(SentMail::read).toList();
    }

    private static SentMail read(MimeMessage message) {
        try {
            List<String> text = new ArrayList<>();
            List<File> files = new ArrayList<>();
            walk(message, text, files);
            return new SentMail(message.getSubject(), addresses(message.getRecipients(Message.RecipientType.TO)),
                    addresses(message.getRecipients(Message.RecipientType.CC)), addresses(message.getReplyTo()),
                    String.join("", text), files);
        } catch (Exception e) {
            throw new IllegalStateException("An email could not be read back", e);
        }
    }

    private static void walk(Part part, List<String> text, List<File> files) throws Exception {
        if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
            files.add(new File(part.getFileName(), part.getContentType(), part.getInputStream().readAllBytes()));
        } else if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                walk(multipart.getBodyPart(i), text, files);
            }
        } else if (part.isMimeType("text/plain")) {
            // Mail carries text with CRLF line ends: read back as written.
            text.add(((String) part.getContent()).replace("\r\n", "\n"));
        } else {
            throw new IOException("An email holds a part that is neither text nor an attachment: "
                    + part.getContentType());
        }
    }

    private static List<String> addresses(jakarta.mail.Address[] addresses) {
        return addresses == null ? List.of() : Arrays.stream(addresses).map(Object::toString).toList();
    }
}
