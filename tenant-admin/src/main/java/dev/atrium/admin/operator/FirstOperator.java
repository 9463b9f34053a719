package dev.atrium.admin.operator;

import dev.atrium.core.identity.user.PasswordPolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * Makes sure somebody can sign in to the operator console: the configured
 * operator, or, on a platform with none, one generated once whose password is
 * printed in the log that one time only.
 */
@ConditionalOnWebApplication
@Component
class FirstOperator {

    static final String GENERATED_EMAIL = "operator@atrium.local";

    private static final Logger log = LoggerFactory.getLogger(FirstOperator.class);

    private final AdminProperties properties;
    private final OperatorService operators;

    FirstOperator(AdminProperties properties, OperatorService operators) {
        this.properties = properties;
        this.operators = operators;
    }

    @EventListener(ApplicationStartedEvent.class)
    void ensure() {
        try {
            if (properties.configured()) {
                ensureConfigured();
            } else {
                operators.createFirstIfNone(GENERATED_EMAIL).ifPresent(password -> log.warn(
                        "FIRST OPERATOR CREATED: sign in at /admin/login as {} with password {} (shown this once "
                                + "only; set ATRIUM_ADMIN_EMAIL and ATRIUM_ADMIN_PASSWORD to choose your own)",
                        GENERATED_EMAIL, password));
            }
        } catch (DataIntegrityViolationException raced) {
            log.info("Another instance created the first operator at the same moment");
        }
    }

    private void ensureConfigured() {
        String email = properties.email() == null ? "" : properties.email().trim();
        String password = properties.password() == null ? "" : properties.password();
        if (email.isEmpty() || !email.contains("@")) {
            throw new IllegalStateException("ATRIUM_ADMIN_EMAIL (atrium.admin.email) must be an email address "
                    + "when ATRIUM_ADMIN_PASSWORD is set");
        }
        if (!PasswordPolicy.acceptable(password)) {
            throw new IllegalStateException("ATRIUM_ADMIN_PASSWORD (atrium.admin.password) " + PasswordPolicy.MESSAGE);
        }
        if (operators.ensure(email, password)) {
            log.info("Operator {} set up from configuration", email);
        }
    }
}
