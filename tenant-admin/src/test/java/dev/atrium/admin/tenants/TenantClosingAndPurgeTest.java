package dev.atrium.admin.tenants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.atrium.admin.test.AdminTest;
import dev.atrium.admin.test.TestOperator;
import dev.atrium.core.test.MovableClock;
import dev.atrium.core.test.TestTenant;
import dev.atrium.core.test.TestTenants;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Deleting a tenant is two explicit steps: closing it (nobody signs in, the data stays) and, once the
 * retention period has ended, purging it (every row of it, in every tenant table). The clock here moves.
 */
// Isolated: it adds a table to the schema every test shares, with foreign keys to the tenant and user tables.
@Isolated
@AdminTest
class TenantClosingAndPurgeTest {

    static final String TENANTS = "/admin/api/v1/tenants";
    static final String PROBLEMS = "https://atrium.dev/problems/";
    /** The default retention, plus a day of margin for the tenant's zone. */
    static final Duration PAST_RETENTION = Duration.ofDays(3653 + 3);

    @TestConfiguration
    static class MovedTime {
        @Bean
        @Primary
        MovableClock movableClock() {
            return new MovableClock();
        }
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    TestTenants tenants;

    @Autowired
    MovableClock clock;

    @Autowired
    @Qualifier("ownerDataSource")
    DataSource ownerDataSource;

    /**
     * Stands for a module's table: created as a module's migration would, behind row-level security, and
     * referring to the core's users without a cascade, so only a purge that deletes children first succeeds.
     */
    @BeforeEach
    void createAModuleLikeTable() {
        owner().execute("""
                do $$ begin
                  if to_regclass('purge_probe_module_line') is null then
                    create table purge_probe_module_line (
                        tenant_id bigint not null references tenant (id),
                        id        bigint not null,
                        author_id bigint not null,
                        note      text   not null,
                        primary key (tenant_id, id),
                        foreign key (tenant_id, author_id) references app_user (tenant_id, id)
                    );
                    perform enable_tenant_isolation('purge_probe_module_line');
                  end if;
                end $$
                """);
    }

    @Test
    void aClosedTenantSignsInNoMoreAndKeepsItsDataUntilTheRetentionEnds() throws Exception {
        TestTenant acme = tenants.create("Closing Acme");

        LocalDate closedOn = LocalDate.ofInstant(clock.instant(), ZoneId.of("Europe/Paris"));
        operator(post(TENANTS + "/" + acme.id() + "/close"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CLOSED"))
                .andExpect(jsonPath("$.retainedUntil").value(closedOn.plusYears(10).toString()));

        mvc.perform(get("/api/v1/me/tokens").header("Authorization", acme.bearer()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/t/" + acme.slug() + "/login").with(csrf())
                        .param("email", acme.owner().email()).param("password", TestTenant.PASSWORD))
                .andExpect(redirectedUrl("/t/" + acme.slug() + "/login?suspended"));
        assertThat(rowsOf(acme.id(), "app_user")).as("users of the closed tenant, kept").isEqualTo(2);
        operator(post(TENANTS + "/" + acme.id() + "/resume"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value(PROBLEMS + "tenant-closed"));
    }

    @Test
    void purgingBeforeTheRetentionEndsIsRefusedNamingTheDate() throws Exception {
        TestTenant acme = tenants.create("Early Purge");
        operator(post(TENANTS + "/" + acme.id() + "/close")).andExpect(status().isOk());
        String retainedUntil = LocalDate.ofInstant(clock.instant(), ZoneId.of("Europe/Paris")).plusYears(10)
                .toString();

        clock.advance(Duration.ofDays(365));
        purge(acme, acme.slug())
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value(PROBLEMS + "tenant-retention-running"))
                .andExpect(jsonPath("$.retainedUntil").value(retainedUntil))
                .andExpect(jsonPath("$.detail").value(containsString(retainedUntil)));
        assertThat(rowsOf(acme.id(), "app_user")).as("users after a refused purge").isEqualTo(2);
    }

    @Test
    void aPurgeNeedsTheSlugAndAClosedTenant() throws Exception {
        TestTenant acme = tenants.create("Open Purge");
        purge(acme, "someone-else")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("confirmation"));
        operator(post(TENANTS + "/" + acme.id() + "/purge").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("confirmation"));
        purge(acme, acme.slug())
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value(PROBLEMS + "tenant-not-closed"));
        assertThat(rowsOf(acme.id(), "app_user")).as("users after refused purges").isEqualTo(2);
    }

    @Test
    void aPurgeAfterTheRetentionRemovesEveryRowOfTheTenantAndNothingOfAnother() throws Exception {
        TestTenant doomed = tenants.create("Purged");
        TestTenant bystander = tenants.create("Bystander");
        seedModuleRows(doomed);
        seedModuleRows(bystander);
        Map<String, Integer> bystanderBefore = rowsInEveryTenantTable(bystander.id());
        assertThat(rowsInEveryTenantTable(doomed.id())).as("the doomed tenant's rows before")
                .containsEntry("purge_probe_module_line", 2).containsEntry("app_user", 2);

        operator(post(TENANTS + "/" + doomed.id() + "/close")).andExpect(status().isOk());
        clock.advance(PAST_RETENTION);
        purge(doomed, doomed.slug())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.slug").value(doomed.slug()))
                .andExpect(jsonPath("$.purgedBy").value(TestOperator.EMAIL));

        assertThat(rowsInEveryTenantTable(doomed.id())).as("rows of the purged tenant, table by table")
                .allSatisfy((table, rows) -> assertThat(rows).as(table).isZero());
        assertThat(rowsInEveryTenantTable(bystander.id())).as("the other tenant's rows").isEqualTo(bystanderBefore);
        assertThat(owner().queryForObject("select count(*) from tenant where id = ?", Integer.class, doomed.id()))
                .as("the purged tenant's own row").isZero();
        assertThat(owner().queryForList("select slug, purged_by from tenant_purge where purged_tenant_id = ?",
                doomed.id())).as("the purge's audit row")
                .containsExactly(Map.of("slug", doomed.slug(), "purged_by", TestOperator.EMAIL));
        operator(get(TENANTS + "/" + doomed.id())).andExpect(status().isNotFound());
    }

    @Test
    void theConsoleClosesThenPurgesOnceTheSlugIsRetyped() throws Exception {
        TestTenant doomed = tenants.create("Console Purge");
        MockHttpSession session = TestOperator.signIn(mvc);
        String page = "/admin/tenants/" + doomed.id();

        mvc.perform(get(page + "/close").session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("P10Y")));
        mvc.perform(post(page + "/close").with(csrf()).session(session).param("confirmed", "true"))
                .andExpect(redirectedUrl("/admin/tenants"));
        mvc.perform(get("/admin/tenants").session(session))
                .andExpect(content().string(containsString(page + "/purge")));

        mvc.perform(post(page + "/purge").with(csrf()).session(session).param("confirmation", doomed.slug()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("must be kept until")));
        clock.advance(PAST_RETENTION);
        mvc.perform(post(page + "/purge").with(csrf()).session(session).param("confirmation", "not-it"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("nothing was purged")));
        assertThat(rowsOf(doomed.id(), "app_user")).as("users after a wrong confirmation").isEqualTo(2);

        mvc.perform(post(page + "/purge").with(csrf()).session(session).param("confirmation", doomed.slug()))
                .andExpect(redirectedUrl("/admin/tenants"));
        assertThat(rowsOf(doomed.id(), "app_user")).as("users after the purge").isZero();
    }

    private void seedModuleRows(TestTenant tenant) {
        new TransactionTemplate(new DataSourceTransactionManager(ownerDataSource)).executeWithoutResult(status -> {
            JdbcTemplate jdbc = owner();
            jdbc.queryForObject("select set_config('atrium.tenant_id', ?, true)", String.class,
                    Long.toString(tenant.id()));
            jdbc.update("insert into purge_probe_module_line values (?, 1, ?, 'first'), (?, 2, ?, 'second')",
                    tenant.id(), tenant.owner().userId(), tenant.id(), tenant.owner().userId());
        });
    }

    /** Rows of one tenant in every table that has a tenant_id, read with that tenant bound. */
    private Map<String, Integer> rowsInEveryTenantTable(long tenantId) {
        return new TransactionTemplate(new DataSourceTransactionManager(ownerDataSource)).execute(status -> {
            JdbcTemplate jdbc = owner();
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

    private int rowsOf(long tenantId, String table) {
        return rowsInEveryTenantTable(tenantId).get(table);
    }

    private ResultActions purge(TestTenant tenant, String confirmation) throws Exception {
        return operator(post(TENANTS + "/" + tenant.id() + "/purge").contentType(MediaType.APPLICATION_JSON)
                .content("{\"confirmation\": \"" + confirmation + "\"}"));
    }

    private ResultActions operator(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(TestOperator.basic()));
    }

    private JdbcTemplate owner() {
        return new JdbcTemplate(ownerDataSource);
    }
}
