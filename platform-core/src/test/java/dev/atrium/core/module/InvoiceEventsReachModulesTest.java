package dev.atrium.core.module;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.atrium.core.invoice.InvoicePayments;
import dev.atrium.core.tenancy.TenantContext;
import dev.atrium.core.test.PlatformTest;
import dev.atrium.core.test.TestTenant;
import dev.atrium.core.test.TestTenants;
import dev.atrium.plugin.event.HostEvent;
import dev.atrium.plugin.event.InvoiceCredited;
import dev.atrium.plugin.event.InvoicePaid;
import dev.atrium.plugin.event.InvoiceValidated;
import dev.atrium.plugin.invoicing.DraftInvoiceRequest;
import dev.atrium.plugin.invoicing.Invoicing;
import dev.atrium.plugin.invoicing.LineSource;
import dev.atrium.plugin.module.AtriumModule;
import dev.atrium.plugin.module.ModuleDescriptor;
import dev.atrium.plugin.money.Money;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A module that billed through {@link Invoicing} hears what becomes of its invoice: validated with its number,
 * paid, credited; each once, after the commit, with the tenant bound. The module here is a real child context of
 * the host built by {@link ModuleContexts}, as a plugin's would be, with an ordinary {@code @EventListener}.
 */
@PlatformTest
class InvoiceEventsReachModulesTest {

    private static final AtomicReference<ModuleContexts> LISTENING = new AtomicReference<>();
    private static final Currency EUR = Currency.getInstance("EUR");

    @TestConfiguration(proxyBeanMethods = false)
    static class ListeningModuleRelay {
        @Bean
        ModuleEventRelay invoiceListeningModuleRelay(PlatformTransactionManager transactions) {
            return new ModuleEventRelay(LISTENING::get, transactions);
        }
    }

    record Hearing(HostEvent event, Optional<Long> boundTenant) {
    }

    /** The module's one bean, as a billing module writes it: it hears the three invoice events. */
    static class BillingListener {
        final List<Hearing> hearings = new CopyOnWriteArrayList<>();

        @EventListener
        void on(InvoiceValidated event) {
            hearings.add(new Hearing(event, TenantContext.current()));
        }

        @EventListener
        void on(InvoicePaid event) {
            hearings.add(new Hearing(event, TenantContext.current()));
        }

        @EventListener
        void on(InvoiceCredited event) {
            hearings.add(new Hearing(event, TenantContext.current()));
        }
    }

    @Autowired
    ApplicationContext host;

    @Autowired
    TestTenants tenants;

    @Autowired
    Invoicing invoicing;

    @Autowired
    InvoicePayments payments;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    MockMvc mvc;

    ModuleContexts contexts;
    TestTenant acme;
    long customer;

    @BeforeEach
    void startABillingModule() throws Exception {
        ModuleDescriptor descriptor = ModuleDescriptor.builder("billing", "Billing").build();
        AtriumModule module = new AtriumModule() {
            @Override
            public ModuleDescriptor descriptor() {
                return descriptor;
            }

            @Override
            public List<Class<?>> configurationClasses() {
                return List.of(BillingListener.class);
            }
        };
        InstalledModules installed = new InstalledModules(List.of(new InstalledModule(descriptor, module,
                getClass().getClassLoader(), Path.of("billing.jar"))), List.of(), () -> { });
        contexts = new ModuleContexts(host, installed, new ModuleHandlerMapping(), new ModuleHandlers(), key -> { });
        contexts.afterSingletonsInstantiated();
        LISTENING.set(contexts);
        acme = tenants.create("Billing");
        String party = mvc.perform(post("/api/v1/third-parties").header("Authorization", acme.bearer())
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"kind":"COMPANY","name":"Hotel Miramar","salesRelation":"CUSTOMER","currency":"EUR",
                                 "addresses":[{"kind":"BILLING","line1":"1 Quai Est","city":"Lyon","country":"FR"}]}"""))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        customer = JsonPath.<Number>read(party, "$.id").longValue();
    }

    @AfterEach
    void stopIt() {
        LISTENING.set(null);
        contexts.destroy();
    }

    @Test
    void aBillingModuleHearsItsInvoiceValidatedPaidAndCreditedWithTheTenantBound() throws Exception {
        long paidInvoice = draft("billing:1");
        long creditedInvoice = draft("billing:2");
        List<Hearing> hearings = contexts.contextOf("billing").getBean(BillingListener.class).hearings;
        hearings.clear();

        String number = validate(paidInvoice);
        TenantContext.runAs(acme.id(), () -> new TransactionTemplate(transactions).executeWithoutResult(status ->
                payments.applyPayment(paidInvoice, Money.of("120.00", EUR))));
        String creditedNumber = validate(creditedInvoice);
        String creditNote = mvc.perform(post("/api/v1/invoices/" + creditedInvoice + "/credit-notes")
                        .header("Authorization", acme.bearer()).contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().is2xxSuccessful()).andReturn().getResponse().getContentAsString();
        String creditNoteNumber = validate(JsonPath.<Number>read(creditNote, "$.id").longValue());

        assertThat(hearings).as("what the module heard")
                .extracting(hearing -> hearing.event().getClass().getSimpleName())
                .containsExactly("InvoiceValidated", "InvoicePaid", "InvoiceValidated", "InvoiceCredited");
        assertThat(hearings).as("the tenant bound while it heard")
                .allSatisfy(hearing -> assertThat(hearing.boundTenant()).contains(acme.id()));
        assertThat((InvoiceValidated) hearings.get(0).event()).satisfies(validated -> {
            assertThat(validated.invoiceId()).isEqualTo(paidInvoice);
            assertThat(validated.number()).isEqualTo(number);
            assertThat(validated.gross()).isEqualTo(Money.of("120.00", EUR));
        });
        assertThat((InvoicePaid) hearings.get(1).event()).satisfies(paid -> {
            assertThat(paid.invoiceId()).isEqualTo(paidInvoice);
            assertThat(paid.fullyPaid()).isTrue();
        });
        assertThat((InvoiceCredited) hearings.get(3).event()).satisfies(credited -> {
            assertThat(credited.invoiceId()).isEqualTo(creditedInvoice);
            assertThat(credited.invoiceNumber()).isEqualTo(creditedNumber);
            assertThat(credited.creditNoteNumber()).isEqualTo(creditNoteNumber);
            assertThat(credited.fullyCredited()).isTrue();
        });
    }

    private long draft(String key) {
        return TenantContext.callAs(acme.id(), () -> new TransactionTemplate(transactions).execute(status ->
                invoicing.createDraft(new DraftInvoiceRequest(key, customer, null, List.of(
                        new DraftInvoiceRequest.Line("Support", null, BigDecimal.ONE, null, Money.of("100.00", EUR),
                                null, new BigDecimal("20"), "VAT 20 %", new LineSource("billing", 1, null, null))),
                        List.of())).invoiceId()));
    }

    private String validate(long invoiceId) throws Exception {
        String validated = mvc.perform(post("/api/v1/invoices/" + invoiceId + "/validate")
                        .header("Authorization", acme.bearer()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(validated, "$.number");
    }
}
