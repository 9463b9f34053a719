package dev.atrium.core.identity.user;

import org.springframework.security.authentication.AccountStatusException;

/** A signed-in attempt of a suspended or closed tenant: the page says so rather than "wrong password". */
public class TenantSuspendedException extends AccountStatusException {

    TenantSuspendedException() {
        super("This company's account is suspended or closed. Please contact your Atrium provider.");
    }
}
