package dev.atrium.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.atrium.core.proposal.SalesDocumentClient;
import dev.atrium.core.test.TenantApi;
import dev.atrium.core.test.TestTenant;
import dev.atrium.core.test.TestTenants;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A purge in the assembled application, with the modules' tables there: a tenant that used the contracts
 * module leaves no row in any table with a tenant_id, the module's included, and another tenant keeps all
 * of its rows.
 */
@SpringBootTest(classes = AtriumApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"atrium.admin.email=" + TenantPurgeOfTheAssembledApplicationTest.OPERATOR,
            "atrium.admin.password=" + TenantPurgeOfTheAssembledApplicationTest.OPERATOR_PASSWORD})
@AutoConfigureMockMvc
@Import(TenantPurgeOfTheAssembledApplicationTest.MovedTime.class)
class TenantPurgeOfTheAssembledApplicationTest {

    static final String OPERATOR = "purging-operator@atrium.test";
    static final String OPERATOR_PASSWORD = "purging-operator-1";
    private static final Duration PAST_RETENTION = Duration.ofDays(3653 + 3);

    /**
     * Moves forward like the core's MovableClock, but also hands out zoned views of itself: third-party
     * codes read the year in the tenant's zone, and this test creates parties.
     */
    static final class ShiftedClock extends Clock {
        private final AtomicReference<Duration> shift;
        private final ZoneId zone;

        ShiftedClock() {
            this(new AtomicReference<>(Duration.ZERO), ZoneOffset.UTC);
        }

        private ShiftedClock(AtomicReference<Duration> shift, ZoneId zone) {
            this.shift = shift;
            this.zone = zone;
        }

        void advance(Duration duration) {
            shift.updateAndGet(current -> current.plus(duration));
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(shift.get());
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId other) {
            return new ShiftedClock(shift, other);
        }
    }

    @TestConfiguration
    static class MovedTime {
        @Bean
        @Primary
        ShiftedClock shiftedClock() {
            return new ShiftedClock();
        }
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    TestTenants tenants;

    @Autowired
    TenantApi api;

    @Autowired
    ShiftedClock clock;

    @Autowired
    @Qualifier("ownerDataSource")
    DataSource ownerDataSource;

    @Test
    void purgingATenantRemovesItsModuleRowsTooAndLeavesAnotherTenantAlone() throws Exception {
        TestTenant doomed = tenants.create("Purged With Contracts");
        TestTenant bystander = tenants.create("Keeps Its Contracts");
        useContracts(doomed);
        useContracts(bystander);
        sell(doomed);
        sell(bystander);
        Map<String, Integer> bystanderBefore = rowsInEveryTenantTable(bystander.id());
        assertThat(rowsInEveryTenantTable(doomed.id())).as("the doomed tenant's rows before")
                .containsEntry("contract", 1).containsEntry("third_party", 2).containsEntry("tenant_module", 1)
                .containsEntry("proposal", 1).containsEntry("sales_order", 1).containsEntry("invoice", 1);

        mvc.perform(post("/admin/api/v1/tenants/" + doomed.id() + "/close").with(httpBasic(OPERATOR,
                OPERATOR_PASSWORD))).andExpect(status().isOk());
        clock.advance(PAST_RETENTION);
        mvc.perform(post("/admin/api/v1/tenants/" + doomed.id() + "/purge").with(httpBasic(OPERATOR,
                        OPERATOR_PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"confirmation\": \"" + doomed.slug() + "\"}"))
                .andExpect(status().isOk());

        assertThat(rowsInEveryTenantTable(doomed.id())).as("rows of the purged tenant, table by table")
                .allSatisfy((table, rows) -> assertThat(rows).as(table).isZero());
        assertThat(rowsInEveryTenantTable(bystander.id())).as("the other tenant's rows, table by table")
                .isEqualTo(bystanderBefore);
    }

    private void useContracts(TestTenant tenant) throws Exception {
        mvc.perform(put("/api/v1/modules/contracts/activation").header("Authorization", tenant.bearer()))
                .andExpect(status().is2xxSuccessful());
        String customer = api.create(tenant.bearer(), "/api/v1/third-parties", """
                {"kind": "COMPANY", "name": "Customer of %s", "salesRelation": "CUSTOMER"}""".formatted(tenant.slug()));
        long partyId = ((Number) JsonPath.read(customer, "$.id")).longValue();
        api.create(tenant.bearer(), "/api/v1/contracts", """
                {"reference": "C-1", "title": "Support", "partyId": %d}""".formatted(partyId));
    }

    /**
     * The whole sales chain: a proposal approved, turned into an order, invoiced and the invoice validated, so
     * the purge meets a validated (frozen) invoice and a proposal and order that name each other.
     */
    private void sell(TestTenant tenant) throws Exception {
        SalesDocumentClient sales = new SalesDocumentClient(mvc, tenant);
        long proposal = sales.approvedProposal(sales.customer("Buyer of " + tenant.slug()));
        long order = SalesDocumentClient.number(sales.post("/api/v1/proposals/" + proposal + "/order", null)
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
        sales.post("/api/v1/orders/" + order + "/validate", null).andExpect(status().isOk());
        long invoice = SalesDocumentClient.number(sales.post("/api/v1/orders/" + order + "/invoice", null)
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.invoiceId");
        sales.post("/api/v1/invoices/" + invoice + "/validate", null).andExpect(status().isOk());
    }

    /** Rows of one tenant in every table that has a tenant_id, read as the owner with that tenant bound. */
    private Map<String, Integer> rowsInEveryTenantTable(long tenantId) {
        return new TransactionTemplate(new DataSourceTransactionManager(ownerDataSource)).execute(status -> {
            JdbcTemplate jdbc = new JdbcTemplate(ownerDataSource);
            jdbc.queryForObject("select set_config('atrium.tenant_id', ?, true)", String.class,
                    Long.toString(tenantId));
            List<String> tables = jdbc.queryForList("""
                    select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
                      join pg_attribute a on a.attrelid = c.oid
                     where n.nspname = current_schema() and c.relkind in ('r', 'p') and a.attname = 'tenant_id'
                     order by c.relname
                    """, String.class);
            Map<String, Integer> rows = new LinkedHashMap<>();
            tables.forEach(table -> rows.put(table, jdbc.queryForObject(
                    "select count(*) from \"" + table + "\" where tenant_id = ?", Integer.class, tenantId)));
            return rows;
        });
    }
}
