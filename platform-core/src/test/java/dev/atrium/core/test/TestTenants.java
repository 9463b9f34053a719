package dev.atrium.core.test;

import dev.atrium.core.principal.AtriumPrincipal;
import dev.atrium.core.identity.token.ApiTokenService;
import dev.atrium.core.identity.user.NewUser;
import dev.atrium.core.principal.Role;
import dev.atrium.core.identity.user.UserService;
import dev.atrium.core.identity.user.UserSummary;
import dev.atrium.core.provisioning.ProvisionedTenant;
import dev.atrium.core.provisioning.TenantProvisioningService;
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

    private final TenantProvisioningService provisioning;
    private final UserService users;
    private final ApiTokenService tokens;

    TestTenants(TenantProvisioningService provisioning, UserService users, ApiTokenService tokens) {
        this.provisioning = provisioning;
        this.users = users;
        this.tokens = tokens;
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
        return new TestTenant(created.tenant().id(), slug, owner, tokens.issue(owner, "test").secret(),
                memberPrincipal, tokens.issue(memberPrincipal, "test").secret());
    }

    private static AtriumPrincipal principal(String slug, UserSummary user) {
        return new AtriumPrincipal(user.id(), user.tenantId(), slug, user.email(), user.displayName(),
                Role.valueOf(user.role()));
    }
}
