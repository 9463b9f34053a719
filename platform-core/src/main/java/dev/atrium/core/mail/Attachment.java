package dev.atrium.core.mail;

import java.util.Objects;

/**
 * A file sent with an email, such as an invoice's PDF. The name is what the recipient's mail program shows and
 * saves; the content type tells it how to open the file.
 */
public record Attachment(String fileName, String contentType, byte[] content) {

    public Attachment {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(content, "content");
        if (WrittenEmail.breaksALine(fileName)) {
            throw new IllegalArgumentException("A file name is one line");
        }
    }
}
