package dev.atrium.core.invoice;

import static dev.atrium.core.invoice.InvoiceClient.API;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.atrium.core.tenancy.TenantContext;
import dev.atrium.core.test.PlatformTest;
import dev.atrium.core.test.TestTenants;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A document's amounts: each line rounded half-up at its currency's minor unit (none for JPY, three for BHD),
 * the totals and the per-rate tax summary summed from the rounded lines; and a line filled from a product or a
 * tax rate keeps what it copied when they change later.
 */
@PlatformTest
class InvoiceTotalsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestTenants tenants;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    InvoiceClient api;

    @BeforeEach
    void newTenant() {
        api = new InvoiceClient(mvc, tenants.create("Totals"));
    }

    @Test
    void yenHaveNoMinorUnitAndAHalfYenRoundsUp() throws Exception {
        long customer = api.customer("Tokyo KK", "JPY");
        long id = api.draft("""
                {"partyId":%d,"invoiceDate":"2026-03-10","lines":[
                  {"label":"Tea","quantity":3,"unitPrice":333,"discountPercent":10,"taxRate":8},
                  {"label":"Cups","quantity":1.5,"unitPrice":1001,"taxRate":10}]}""".formatted(customer));

        api.get(API + "/" + id).andExpect(status().isOk())
                .andExpect(jsonPath("$.currency").value("JPY"))
                .andExpect(jsonPath("$.lines[0].net.amount").value("899"))
                .andExpect(jsonPath("$.lines[0].tax.amount").value("72"))
                .andExpect(jsonPath("$.lines[1].net.amount").value("1502"))
                .andExpect(jsonPath("$.lines[1].tax.amount").value("150"))
                .andExpect(jsonPath("$.net.amount").value("2401"))
                .andExpect(jsonPath("$.tax.amount").value("222"))
                .andExpect(jsonPath("$.gross.amount").value("2623"))
                .andExpect(jsonPath("$.taxes.length()").value(2))
                .andExpect(jsonPath("$.taxes[1].tax.amount").value("150"));
        api.post(API + "/" + id + "/lines", """
                {"label":"Half yen","quantity":1,"unitPrice":0.5,"taxRate":0}""").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("unitPrice"));
    }

    @Test
    void bahrainiDinarsHaveThreeDecimalsAndSeveralRatesSumFromTheRoundedLines() throws Exception {
        long customer = api.customer("Manama WLL", "BHD");
        long id = api.draft("""
                {"partyId":%d,"invoiceDate":"2026-03-10","lines":[
                  {"label":"Dates","quantity":3,"unitPrice":1.234,"taxRate":10},
                  {"label":"Sample","quantity":0.5,"unitPrice":0.001,"taxRate":5},
                  {"label":"Boxes","quantity":7,"unitPrice":2.345,"discountPercent":12.5,"taxRate":10}]}"""
                .formatted(customer));

        api.get(API + "/" + id)
                .andExpect(jsonPath("$.lines[*].net.amount", Matchers.contains("3.702", "0.001", "14.363")))
                .andExpect(jsonPath("$.lines[*].tax.amount", Matchers.contains("0.370", "0.000", "1.436")))
                .andExpect(jsonPath("$.net.amount").value("18.066"))
                .andExpect(jsonPath("$.tax.amount").value("1.806"))
                .andExpect(jsonPath("$.gross.amount").value("19.872"))
                .andExpect(jsonPath("$.taxes[0].rate").value(5))
                .andExpect(jsonPath("$.taxes[1].base.amount").value("18.065"))
                .andExpect(jsonPath("$.taxes[1].tax.amount").value("1.806"));
    }

    @Test
    void halfACentRoundsUpOnEachLine() throws Exception {
        long customer = api.customer("Cents SARL", "EUR");
        long id = api.draft("""
                {"partyId":%d,"invoiceDate":"2026-03-10","lines":[
                  {"label":"Half","quantity":0.5,"unitPrice":0.25,"taxRate":20},
                  {"label":"Discounted","quantity":1,"unitPrice":0.05,"discountPercent":10,"taxRate":5.5}]}"""
                .formatted(customer));

        api.get(API + "/" + id)
                .andExpect(jsonPath("$.lines[*].net.amount", Matchers.contains("0.13", "0.05")))
                .andExpect(jsonPath("$.lines[*].tax.amount", Matchers.contains("0.03", "0.00")))
                .andExpect(jsonPath("$.gross.amount").value("0.21"));
    }

    @Test
    void aLineFilledFromAProductAndATaxRateKeepsWhatItCopiedWhenTheyChange() throws Exception {
        long customer = api.customer("Catalog SAS", "EUR");
        long rate = InvoiceClient.id(api.post("/api/v1/tax-rates", """
                {"name":"Reduced 5.5 %","rate":5.5}""").andExpect(status().isCreated()));
        long product = product("CONS-H", "Consulting, per hour", "h", "95.00", rate);

        long id = api.draft("""
                {"partyId":%d,"invoiceDate":"2026-03-10","lines":[{"productId":%d,"quantity":2},
                  {"label":"Travel","quantity":1,"unitPrice":40,"taxRateId":%d}]}""".formatted(customer, product, rate));
        api.get(API + "/" + id)
                .andExpect(jsonPath("$.lines[0].label").value("Consulting, per hour"))
                .andExpect(jsonPath("$.lines[0].unit").value("h"))
                .andExpect(jsonPath("$.lines[0].unitPrice.amount").value("95.00"))
                .andExpect(jsonPath("$.lines[0].taxRate").value(5.5))
                .andExpect(jsonPath("$.lines[0].taxName").value("Reduced 5.5 %"))
                .andExpect(jsonPath("$.lines[1].taxName").value("Reduced 5.5 %"))
                .andExpect(jsonPath("$.gross.amount").value("242.65"));

        api.put("/api/v1/tax-rates/" + rate, """
                {"name":"Reduced 7 %","rate":7,"version":0}""").andExpect(status().isOk());
        api.get(API + "/" + id).andExpect(jsonPath("$.lines[0].taxRate").value(5.5))
                .andExpect(jsonPath("$.lines[1].taxName").value("Reduced 5.5 %"))
                .andExpect(jsonPath("$.gross.amount").value("242.65"));
        api.delete("/api/v1/tax-rates/" + rate).andExpect(status().isConflict());
        api.post(API, """
                {"partyId":%d,"lines":[{"productId":%d,"quantity":1},{"label":"x","quantity":1,"unitPrice":1,
                  "taxRateId":%d}]}""".formatted(customer, product + 1_000_000, rate + 1_000_000))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", Matchers.hasItems("lines[0].productId", "lines[1].taxRateId")));
    }

    /** The catalog's API comes with its own slice; its table is written as the application role would. */
    private long product(String reference, String label, String unit, String price, long rate) {
        long tenantId = api.tenant().id();
        return TenantContext.callAs(tenantId, () -> transactions.execute(status -> jdbc.queryForObject("""
                        insert into product (tenant_id, reference, label, kind, unit, unit_price, currency, tax_rate_id,
                                             created_at, updated_at)
                        values (?, ?, ?, 'SERVICE', ?, ?::numeric, 'EUR', ?, now(), now()) returning id""",
                Long.class, tenantId, reference, label, unit, price, rate)));
    }
}
