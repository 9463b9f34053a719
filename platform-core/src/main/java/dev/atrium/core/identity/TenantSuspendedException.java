package dev.atrium.core.identity;

import org.springframework.security.authentication.AccountStatusException;

class TenantSuspendedException extends AccountStatusException {

    TenantSuspendedException() {
        super("This company's account is suspended. Please contact your Atrium provider.");
    }
}
