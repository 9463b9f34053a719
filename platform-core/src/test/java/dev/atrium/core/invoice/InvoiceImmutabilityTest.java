package dev.atrium.core.invoice;

import static dev.atrium.core.invoice.InvoiceClient.API;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.atrium.core.tenancy.TenantContext;
import dev.atrium.core.test.PlatformTest;
import dev.atrium.core.test.TestTenants;
import dev.atrium.plugin.problem.ProblemException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A validated invoice says for ever what it said at validation: the service refuses to change it, and the
 * database refuses it too, to anyone connected as the application role who bypasses the service.
 */
@PlatformTest
class InvoiceImmutabilityTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestTenants tenants;

    @Autowired
    InvoiceService invoices;

    /** The application's own pool: the application role, under row-level security. */
    @Autowired
    DataSource dataSource;

    InvoiceClient api;
    long invoice;
    long line;

    @BeforeEach
    void validatedInvoice() throws Exception {
        api = new InvoiceClient(mvc, tenants.create("Frozen"));
        long customer = api.customer("Frozen Foods", "EUR");
        invoice = api.draft("""
                {"partyId":%d,"invoiceDate":"2026-03-10","lines":%s}""".formatted(customer, InvoiceApiTest.TWO_LINES));
        api.post(API + "/" + invoice + "/validate", "").andExpect(status().isOk());
        line = ((Number) InvoiceClient.read(api.get(API + "/" + invoice), "$.lines[0].id")).longValue();
    }

    @Test
    void theServiceRefusesEveryChangeOfAValidatedInvoiceWith409() {
        LineRequest change = new LineRequest("Changed", null, BigDecimal.TEN, null, BigDecimal.ONE, null,
                BigDecimal.ZERO, null, null, null);
        for (Runnable attempt : new Runnable[] {
                () -> invoices.changeLine(invoice, line, change),
                () -> invoices.addLine(invoice, change),
                () -> invoices.removeLine(invoice, line),
                () -> invoices.change(invoice, new InvoiceRequest(null, null, null, null, "x", null, 0L)),
                () -> invoices.validate(invoice)}) {
            assertThatThrownBy(() -> TenantContext.runAs(api.tenant().id(), attempt))
                    .isInstanceOf(ProblemException.class)
                    .extracting(refusal -> ((ProblemException) refusal).type()).isEqualTo("invoice-frozen");
        }
    }

    @Test
    void theDatabaseRefusesTheApplicationRoleAnyChangeOfWhatAValidatedInvoiceSays() throws Exception {
        String[] refused = {
                "update invoice set gross = 0 where id = " + invoice,
                "update invoice set number = 'INV-2026-99999' where id = " + invoice,
                "update invoice set party_name = 'Someone else', invoice_date = date '2026-01-01' where id = " + invoice,
                "update invoice set status = 'DRAFT' where id = " + invoice,
                "update invoice_line set quantity = 1000 where id = " + line,
                "update invoice_line set label = 'Forged' where id = " + line,
                "delete from invoice_line where id = " + line,
                "insert into invoice_line (tenant_id, invoice_id, position, label, quantity, unit_price, tax_rate, net, "
                        + "tax, gross) values (" + api.tenant().id() + ", " + invoice + ", 9, 'Extra', 1, 1, 0, 1, 0, 1)"};
        for (String sql : refused) {
            assertThat(sqlStateOf(sql)).as(sql).isEqualTo("AT409");
        }
        assertThat(sqlStateOf("delete from invoice where id = " + invoice)).as("no delete grant on invoice")
                .isEqualTo("42501");
        assertThat(sqlStateOf("update invoice set paid = 10, status = 'PARTIALLY_PAID' where id = " + invoice))
                .as("what happens to it afterwards may move").isNull();
    }

    /** The statement run as the application role with the tenant bound; its SQLSTATE, null when it succeeded. */
    private String sqlStateOf(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement bind = connection.prepareStatement("select set_config('atrium.tenant_id', ?, true)")) {
                bind.setString(1, Long.toString(api.tenant().id()));
                bind.execute();
            }
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                int rows = statement.executeUpdate();
                assertThat(rows).as("rows %s touched", sql).isEqualTo(1);
                return null;
            } catch (SQLException refused) {
                return refused.getSQLState();
            } finally {
                connection.rollback();
            }
        }
    }
}
