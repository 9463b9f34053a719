package dev.atrium.core.provisioning;

import dev.atrium.core.database.DatabaseProperties;
import dev.atrium.core.identity.user.NewUser;
import dev.atrium.core.principal.Role;
import dev.atrium.core.identity.user.UserService;
import dev.atrium.core.tenancy.TenantContext;
import dev.atrium.core.tenant.NewTenant;
import dev.atrium.core.tenant.TenantService;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The quick start's demo company: created once, when demo data is switched on
 * (by default only on the embedded database) and the tenant does not exist yet.
 */
@Component
class DemoTenant {

    static final String SLUG = "demo";
    static final String OWNER_EMAIL = "owner@demo.test";
    static final String MEMBER_EMAIL = "member@demo.test";
    static final String PASSWORD = "demo-password";

    private static final Logger log = LoggerFactory.getLogger(DemoTenant.class);

    private final boolean enabled;
    private final TenantService tenants;
    private final TenantProvisioningService provisioning;
    private final UserService users;
    private final List<DemoDataContributor> contributors;
    private final TransactionTemplate transactions;

    DemoTenant(@Value("${atrium.demo.enabled:}") Boolean enabled, DatabaseProperties database, TenantService tenants,
            TenantProvisioningService provisioning, UserService users, List<DemoDataContributor> contributors,
            TransactionTemplate transactions) {
        this.enabled = enabled != null ? enabled : database.embedded();
        this.tenants = tenants;
        this.provisioning = provisioning;
        this.users = users;
        this.contributors = contributors;
        this.transactions = transactions;
    }

    @EventListener(ApplicationReadyEvent.class)
    void createIfMissing(ApplicationReadyEvent event) {
        if (!enabled || tenants.findBySlug(SLUG).isPresent()) {
            return;
        }
        ProvisionedTenant demo = provisioning.provision(new NewTenant(SLUG, "Demo Services Ltd",
                Currency.getInstance("EUR"), Locale.UK, ZoneId.of("Europe/Paris")), OWNER_EMAIL, "Olivia Owner",
                PASSWORD);
        long tenantId = demo.tenant().id();
        users.create(tenantId, new NewUser(MEMBER_EMAIL, "Max Member", PASSWORD, Role.MEMBER));
        TenantContext.runAs(tenantId, () -> contributors.forEach(contributor ->
                transactions.executeWithoutResult(status -> contributor.addDemoData(tenantId))));
        String port = event.getApplicationContext().getEnvironment().getProperty("local.server.port", "8080");
        log.info("Demo tenant ready: open http://localhost:{}/t/{}/login and sign in as {} / {}",
                port, SLUG, OWNER_EMAIL, PASSWORD);
    }
}
