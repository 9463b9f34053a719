package dev.atrium.app.module;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.atrium.core.principal.AtriumPrincipal;
import dev.atrium.core.tenancy.TenantContext;
import dev.atrium.core.test.PlatformTest;
import dev.atrium.core.test.TestTenant;
import dev.atrium.core.test.TestTenants;
import dev.atrium.core.provisioning.TenantProvisioningService;
import dev.atrium.core.tenant.NewTenant;
import dev.atrium.plugin.context.CurrentTenant;
import dev.atrium.plugin.context.CurrentUser;
import dev.atrium.plugin.event.PartyChanged;
import dev.atrium.plugin.module.ModuleSettings;
import dev.atrium.plugin.party.Parties;
import dev.atrium.plugin.party.PartyReference;
import dev.atrium.plugin.problem.ProblemException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The host's plugin-API services as a module receives them, in the assembled application with real archives. */
@PlatformTest
class HostServicesForModulesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestTenants tenants;

    @Autowired
    Parties parties;

    @Autowired
    CurrentUser currentUser;

    @Autowired
    ModuleSettings settings;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    CurrentTenant currentTenant;

    @Autowired
    TenantProvisioningService provisioning;

    @Autowired
    Clock clock;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void partiesFindsAndSearchesTheBoundTenantsPartiesOnly() throws Exception {
        TestTenant acme = tenants.create("Acme");
        TestTenant globex = tenants.create("Globex");
        long martin = Customers.create(mvc, acme, "Boulangerie Martin");
        long globexMartin = Customers.create(mvc, globex, "Martin Globex");

        PartyReference found = TenantContext.callAs(acme.id(), () -> parties.find(martin)).orElseThrow();
        assertThat(found.name()).isEqualTo("Boulangerie Martin");
        assertThat(found.customer()).isTrue();
        assertThat(found.active()).isTrue();
        assertThat(found.currency().getCurrencyCode()).isEqualTo("EUR");
        assertThat(found.billingAddress().city()).isEqualTo("Lyon");
        assertThat(found.code()).isNotBlank();

        assertThat(TenantContext.callAs(acme.id(), () -> parties.find(globexMartin))).as("Globex's party for Acme")
                .isEmpty();
        assertThat(TenantContext.callAs(acme.id(), () -> parties.search("MARTIN", 10)))
                .extracting(PartyReference::id).containsExactly(martin);
        assertThat(TenantContext.callAs(acme.id(), () -> parties.search("50%_", 10))).as("wildcards are text")
                .isEmpty();
    }

    @Test
    void requiringAnActiveSupplierRefusesACustomerAndAnUnknownIdByType() throws Exception {
        TestTenant acme = tenants.create("Acme");
        long customer = Customers.create(mvc, acme, "Only Buys");

        assertThatThrownBy(() -> TenantContext.callAs(acme.id(), () -> parties.requireActiveSupplier(customer)))
                .isInstanceOfSatisfying(ProblemException.class, problem -> {
                    assertThat(problem.status()).isEqualTo(409);
                    assertThat(problem.type()).isEqualTo("party-not-a-supplier");
                });
        assertThatThrownBy(() -> TenantContext.callAs(acme.id(), () -> parties.requireActiveCustomer(-5)))
                .isInstanceOfSatisfying(ProblemException.class, problem -> assertThat(problem.status()).isEqualTo(404));
        assertThatThrownBy(() -> TenantContext.callAs(acme.id(), () -> parties.search("x", 1000)))
                .isInstanceOfSatisfying(ProblemException.class, problem -> assertThat(problem.status()).isEqualTo(400));
    }

    @Test
    void currentUserIsTheRequestsPrincipalWithItsModulePermissionsAndNobodyOutsideARequest() throws Exception {
        TestTenant acme = tenants.create("Acme");
        assertThat(currentUser.signedIn()).isFalse();
        assertThat(currentUser.hasPermission("contracts:read")).isFalse();
        assertThatThrownBy(currentUser::id).isInstanceOf(IllegalStateException.class);

        AtriumPrincipal owner = acme.owner();
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(owner,
                null, List.of(new SimpleGrantedAuthority("ROLE_OWNER"), new SimpleGrantedAuthority("contracts:write"))));

        assertThat(currentUser.id()).isEqualTo(owner.userId());
        assertThat(currentUser.displayName()).isEqualTo("Acme Owner");
        assertThat(currentUser.permissions()).containsExactly("contracts:write");
        assertThat(currentUser.hasPermission("contracts:write")).isTrue();
    }

    @Test
    void moduleSettingsReadTheDeclaredDefaultThenTheTenantsValueAndRefuseWhatTheModuleRefuses() throws Exception {
        TestTenant acme = tenants.create("Acme");
        String term = "contracts.default-term-months";
        assertThat(TenantContext.callAs(acme.id(), () -> settings.getInt(term))).as("before any activation").isEqualTo(12);
        mvc.perform(put("/api/v1/modules/contracts/activation").header("Authorization", acme.bearer()))
                .andExpect(status().isOk());

        TenantContext.runAs(acme.id(), () -> settings.set(term, "36"));
        assertThat(TenantContext.callAs(acme.id(), () -> settings.getInt(term))).isEqualTo(36);
        assertThat(TenantContext.callAs(tenants.create("Globex").id(), () -> settings.getInt(term)))
                .as("another tenant's value").isEqualTo(12);

        assertThatThrownBy(() -> TenantContext.runAs(acme.id(), () -> settings.set(term, "0")))
                .isInstanceOfSatisfying(ProblemException.class, problem -> assertThat(problem.status()).isEqualTo(400));
        assertThatThrownBy(() -> TenantContext.callAs(acme.id(), () -> settings.get("contracts.nothing")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(TenantContext.callAs(acme.id(), () -> settings.getInt(term))).isEqualTo(36);
    }

    @Test
    void aTenantThatNeverActivatedTheModuleCannotChangeItsSettings() throws Exception {
        TestTenant acme = tenants.create("Acme");
        mvc.perform(put("/api/v1/modules/contracts/settings/contracts.default-term-months")
                        .header("Authorization", acme.bearer()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"value\": \"6\"}"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("https://atrium.dev/problems/module-not-active"));
        mvc.perform(get("/api/v1/modules/contracts/settings").header("Authorization", acme.bearer()))
                .andExpect(jsonPath("$['contracts.default-term-months']").value("12"));
    }

    @Test
    void contractsShowTheirCustomersNewNameOnceTheRenameCommitted() throws Exception {
        TestTenant acme = tenants.create("Acme");
        mvc.perform(put("/api/v1/modules/contracts/activation").header("Authorization", acme.bearer()));
        long customer = Customers.create(mvc, acme, "Old Name SA");
        mvc.perform(post("/api/v1/contracts").header("Authorization", acme.bearer())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reference\": \"C-1\", \"title\": \"Support\", \"partyId\": " + customer + "}"))
                .andExpect(status().isCreated());

        mvc.perform(put("/api/v1/third-parties/" + customer).header("Authorization", acme.bearer())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\": 0, \"kind\": \"COMPANY\", \"name\": \"New Name SA\", "
                                + "\"salesRelation\": \"CUSTOMER\"}"))
                .andExpect(status().isOk());

        mvc.perform(get("/api/v1/contracts").header("Authorization", acme.bearer()))
                .andExpect(jsonPath("$.items[0].customerName").value("New Name SA"));
    }

    @Test
    void contractsKeepTheirCustomersNameWhenTheRenameRolledBack() throws Exception {
        TestTenant acme = tenants.create("Acme");
        mvc.perform(put("/api/v1/modules/contracts/activation").header("Authorization", acme.bearer()));
        long customer = Customers.create(mvc, acme, "Steady SA");
        mvc.perform(post("/api/v1/contracts").header("Authorization", acme.bearer())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reference\": \"C-1\", \"title\": \"Support\", \"partyId\": " + customer + "}"))
                .andExpect(status().isCreated());
        PartyReference steady = TenantContext.callAs(acme.id(), () -> parties.find(customer)).orElseThrow();
        PartyReference renamed = new PartyReference(steady.id(), steady.code(), "Never Happened SA", steady.status(),
                true, false, steady.billingAddress(), steady.currency(), steady.paymentTerms());

        TenantContext.runAs(acme.id(), () -> new TransactionTemplate(transactions).executeWithoutResult(status -> {
            events.publishEvent(new PartyChanged(acme.id(), renamed, PartyChanged.Change.UPDATED));
            status.setRollbackOnly();
        }));

        mvc.perform(get("/api/v1/contracts").header("Authorization", acme.bearer()))
                .andExpect(jsonPath("$.items[0].customerName").value("Steady SA"));
    }

    @Test
    void theTenantsTodayIsTheDateInItsOwnZoneFromThePlatformClock() {
        ZoneId kiritimati = ZoneId.of("Pacific/Kiritimati");
        long islands = provisioning.provision(new NewTenant("islands-" + System.nanoTime(), "Line Islands",
                Currency.getInstance("AUD"), Locale.UK, kiritimati), "owner@islands.test", "Owner", "islands-password-1")
                .tenant().id();

        assertThat(TenantContext.callAs(islands, currentTenant::today)).as("today at UTC+14")
                .isEqualTo(LocalDate.now(clock.withZone(kiritimati)));
        assertThat(TenantContext.callAs(islands, currentTenant::zone)).isEqualTo(kiritimati);
        assertThat(TenantContext.callAs(islands, currentTenant::currency).getCurrencyCode()).isEqualTo("AUD");
        assertThat(TenantContext.callAs(islands, currentTenant::name)).isEqualTo("Line Islands");
    }
}
