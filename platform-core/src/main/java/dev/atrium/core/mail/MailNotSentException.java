package dev.atrium.core.mail;

/** The deployment has no SMTP server, or the server refused or did not answer. */
public class MailNotSentException extends RuntimeException {

    MailNotSentException(String message, Throwable cause) {
        super(message, cause);
    }
}
