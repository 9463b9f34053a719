package dev.atrium.core.test;

import dev.atrium.core.identity.AtriumPrincipal;
import dev.atrium.core.identity.NewUser;
import dev.atrium.core.identity.Role;
import dev.atrium.core.identity.UserAccounts;
import dev.atrium.core.identity.UserSummary;
import dev.atrium.core.provisioning.ProvisionedTenant;
import dev.atrium.core.provisioning.TenantProvisioning;
import dev.atrium.core.tenant.NewTenant;
import java.time.ZoneId;
import java.util.Currency;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/** Makes tenants for tests: unique slugs, so tests sharing a database never meet. */
@Component
public class TestTenants {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final String RUN = Long.toString(System.nanoTime() % 1_000_000, 36);

    private final TenantProvisioning provisioning;
    private final UserAccounts users;

    TestTenants(TenantProvisioning provisioning, UserAccounts users) {
        this.provisioning = provisioning;
        this.users = users;
    }

    public TestTenant create(String name) {
        String slug = (name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-") + "-" + RUN + "-"
                + SEQUENCE.incrementAndGet()).replaceAll("^-+", "");
        ProvisionedTenant created = provisioning.provision(new NewTenant(slug, name, Currency.getInstance("EUR"),
                Locale.UK, ZoneId.of("Europe/Paris")), "owner@" + slug + ".test", name + " Owner", TestTenant.PASSWORD);
        UserSummary member = users.create(created.tenant().id(),
                new NewUser("member@" + slug + ".test", name + " Member", TestTenant.PASSWORD, Role.MEMBER));
        AtriumPrincipal owner = principal(slug, created.owner());
        AtriumPrincipal memberPrincipal = principal(slug, member);
        return new TestTenant(created.tenant().id(), slug, owner, users.issueToken(owner, "test").secret(),
                memberPrincipal, users.issueToken(memberPrincipal, "test").secret());
    }

    private static AtriumPrincipal principal(String slug, UserSummary user) {
        return new AtriumPrincipal(user.id(), user.tenantId(), slug, user.email(), user.displayName(), user.role());
    }
}
