package dev.atrium.core.identity.user;

import dev.atrium.core.identity.throttle.SignInAttempt;
import dev.atrium.core.identity.throttle.SignInThrottle;
import dev.atrium.core.identity.throttle.TooManyAttemptsException;
import jakarta.annotation.PreDestroy;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * "Forgot password?": takes the request and answers at once, the same way whether or not the email has an account;
 * looking the account up, issuing the link and talking to the mail server happen afterwards on a thread of their
 * own, so the answer's timing says nothing either. Every request counts against the throttle, per account and per
 * client address, before anything else.
 */
@Component
class PasswordResetRequests {

    private static final Logger log = LoggerFactory.getLogger(PasswordResetRequests.class);
    private static final int QUEUE = 1000;

    private final UserService users;
    private final PasswordMail mail;
    private final SignInThrottle throttle;
    /** One thread, in order: a burst of requests waits its turn rather than opening connections to the server. */
    private final ThreadPoolExecutor sender = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(QUEUE), runnable -> {
                Thread thread = new Thread(runnable, "password-reset-mail");
                thread.setDaemon(true);
                return thread;
            }, (runnable, executor) -> log.warn("A password reset request was dropped: {} are waiting", QUEUE));

    PasswordResetRequests(UserService users, PasswordMail mail, SignInThrottle throttle) {
        this.users = users;
        this.mail = mail;
        this.throttle = throttle;
    }

    /** Counts the request and queues the link; refused while its account or address has asked too often. */
    void request(long tenantId, String tenantSlug, String email, String clientAddress)
            throws TooManyAttemptsException {
        SignInAttempt attempt = SignInAttempt.passwordReset(tenantSlug, email, clientAddress);
        throttle.check(attempt);
        throttle.failed(attempt);
        sender.execute(() -> {
            try {
                // Mailed after the link's transaction committed: a link that arrives before it would not work.
                users.issueResetLink(tenantId, email)
                        .ifPresent(link -> mail.sendReset(link.tenant(), link.user(), link.secret()));
            } catch (RuntimeException e) {
                // Nobody waits for this answer: the log says that it failed, never for whom.
                log.warn("A password reset link was not sent: {}", e.getClass().getSimpleName());
            }
        });
    }

    @PreDestroy
    void stop() {
        sender.shutdown();
    }
}
