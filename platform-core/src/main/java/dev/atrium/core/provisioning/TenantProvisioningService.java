package dev.atrium.core.provisioning;

import dev.atrium.core.identity.user.NewUser;
import dev.atrium.core.principal.Role;
import dev.atrium.core.identity.user.UserService;
import dev.atrium.core.identity.user.UserSummary;
import dev.atrium.core.tenant.NewTenant;
import dev.atrium.core.tenant.TenantService;
import dev.atrium.core.tenant.TenantSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates a tenant together with its owner: both or neither. */
@Service
public class TenantProvisioningService {

    private static final Logger log = LoggerFactory.getLogger(TenantProvisioningService.class);

    private final TenantService tenants;
    private final UserService users;
    private final ApplicationEventPublisher events;

    TenantProvisioningService(TenantService tenants, UserService users, ApplicationEventPublisher events) {
        this.tenants = tenants;
        this.users = users;
        this.events = events;
    }

    @Transactional
    public ProvisionedTenant provision(NewTenant tenant, String ownerEmail, String ownerName, String ownerPassword) {
        TenantSummary created = tenants.create(tenant);
        UserSummary owner = users.create(created.id(), new NewUser(ownerEmail, ownerName, ownerPassword, Role.OWNER));
        events.publishEvent(new TenantProvisioned(created.id(), created.slug()));
        events.publishEvent(new dev.atrium.plugin.event.TenantProvisioned(created.id(), created.slug()));
        log.info("Provisioned tenant {} (id {}) with its owner, user {}", created.slug(), created.id(), owner.id());
        return new ProvisionedTenant(created, owner);
    }
}
