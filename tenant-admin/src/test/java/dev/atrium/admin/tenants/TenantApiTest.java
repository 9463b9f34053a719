package dev.atrium.admin.tenants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.atrium.admin.test.AdminTest;
import dev.atrium.admin.test.TestOperator;
import dev.atrium.core.test.TestTenant;
import dev.atrium.core.test.TestTenants;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.MediaType;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@AdminTest
class TenantApiTest {

    static final String TENANTS = "/admin/api/v1/tenants";
    static final String PROBLEMS = "https://atrium.dev/problems/";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestTenants tenants;

    /** As the owner: these checks read rows of tenants no request is bound to. */
    @Autowired
    @Qualifier("ownerDataSource")
    DataSource ownerDataSource;

    @Test
    void anOperatorCreatesATenantWithItsOwnerAndFindsItAtItsLocation() throws Exception {
        NewTenantJson request = NewTenantJson.valid();
        String location = create(request)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.slug").value(request.slug()))
                .andExpect(jsonPath("$.status").value("ACTIVE"))
                .andExpect(jsonPath("$.defaultCurrency").value("EUR"))
                .andExpect(jsonPath("$.locale").value("fr-FR"))
                .andExpect(jsonPath("$.timeZone").value("Europe/Paris"))
                .andExpect(jsonPath("$.ownerPassword").doesNotExist())
                .andReturn().getResponse().getHeader("Location");

        assertThat(location).as("Location of the created tenant, a path whatever the Host")
                .matches("/admin/api/v1/tenants/\\d+");
        mvc.perform(get(location).with(TestOperator.basic()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.slug").value(request.slug()));
        assertThat(owner().queryForObject("select role from app_user where email = ?", String.class,
                request.ownerEmail())).as("the new tenant's first user").isEqualTo("OWNER");
    }

    @Test
    void theOwnerOfANewTenantSignsInOnItsPage() throws Exception {
        NewTenantJson request = NewTenantJson.valid();
        create(request).andExpect(status().isCreated());

        mvc.perform(post("/t/" + request.slug() + "/login").with(csrf())
                        .param("email", request.ownerEmail()).param("password", request.ownerPassword()))
                .andExpect(redirectedUrl("/t/" + request.slug() + "/"));
    }

    @Test
    void theListCanBeNarrowedToOneStatus() throws Exception {
        TestTenant active = tenants.create("Listed Active");
        TestTenant suspended = tenants.create("Listed Suspended");
        operator(post(TENANTS + "/" + suspended.id() + "/suspend")).andExpect(status().isOk());

        mvc.perform(get(TENANTS).with(TestOperator.basic()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].slug", hasItem(active.slug())))
                .andExpect(jsonPath("$[*].slug", hasItem(suspended.slug())));
        mvc.perform(get(TENANTS).param("status", "SUSPENDED").with(TestOperator.basic()))
                .andExpect(jsonPath("$[*].slug", hasItem(suspended.slug())))
                .andExpect(jsonPath("$[*].slug", not(hasItem(active.slug()))))
                .andExpect(jsonPath("$[*].status", not(hasItem("ACTIVE"))));
    }

    @Test
    void aSuspendedTenantsApiTokenIsRefusedUntilTheOperatorResumesIt() throws Exception {
        TestTenant acme = tenants.create("Acme");
        mvc.perform(get("/api/v1/me/tokens").header("Authorization", acme.bearer())).andExpect(status().isOk());

        operator(post(TENANTS + "/" + acme.id() + "/suspend"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("SUSPENDED"));
        mvc.perform(get("/api/v1/me/tokens").header("Authorization", acme.bearer()))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value(PROBLEMS + "tenant-suspended"));

        operator(post(TENANTS + "/" + acme.id() + "/resume"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ACTIVE"));
        mvc.perform(get("/api/v1/me/tokens").header("Authorization", acme.bearer())).andExpect(status().isOk());
    }

    @Test
    void suspendingASuspendedTenantIsAConflict() throws Exception {
        TestTenant acme = tenants.create("Twice Suspended");
        operator(post(TENANTS + "/" + acme.id() + "/suspend")).andExpect(status().isOk());

        operator(post(TENANTS + "/" + acme.id() + "/suspend"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value(PROBLEMS + "tenant-status-unchanged"));
        operator(post(TENANTS + "/" + acme.id() + "/resume")).andExpect(status().isOk());
        operator(post(TENANTS + "/" + acme.id() + "/resume")).andExpect(status().isConflict());
    }

    @Test
    void anOwnerPasswordHoldingTheOwnersEmailIsRefusedOnItsFieldAndCreatesNothing() throws Exception {
        NewTenantJson request = NewTenantJson.valid();
        create(request.with("ownerPassword", "my " + request.ownerEmail() + " forever"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("ownerPassword"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("email")));
        assertThat(owner().queryForObject("select count(*) from tenant where slug = ?", Integer.class,
                request.slug())).as("no tenant without its owner").isZero();
    }

    @Test
    void aTakenSlugIsAConflictAndLeavesTheFirstTenantAlone() throws Exception {
        NewTenantJson first = NewTenantJson.valid();
        create(first).andExpect(status().isCreated());

        create(NewTenantJson.valid().with("slug", first.slug()))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value(PROBLEMS + "tenant-slug-taken"));
        assertThat(owner().queryForObject("select count(*) from app_user u join tenant t on t.id = u.tenant_id "
                + "where t.slug = ?", Integer.class, first.slug())).as("users of the first tenant").isEqualTo(1);
    }

    @Test
    void theOperatorApiIsDescribedInADocumentOfItsOwn() throws Exception {
        mvc.perform(get("/v3/api-docs/operator"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.info.title").value("Atrium operator API"))
                .andExpect(jsonPath("$.security[0].operator").exists())
                .andExpect(jsonPath("$.paths['/admin/api/v1/tenants'].post").exists())
                .andExpect(jsonPath("$.paths['/admin/api/v1/tenants/{id}/suspend'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/me']").doesNotExist())
                .andExpect(jsonPath("$.tags[*].name").value(org.hamcrest.Matchers.contains("Operator: tenants")));
        for (String tenantDocument : java.util.List.of("/v3/api-docs", "/v3/api-docs/tenant")) {
            mvc.perform(get(tenantDocument))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.paths['/api/v1/me']").exists())
                    .andExpect(jsonPath("$.paths['/admin/api/v1/tenants']").doesNotExist())
                    .andExpect(jsonPath("$.tags[*].name").value(org.hamcrest.Matchers.not(
                            org.hamcrest.Matchers.hasItem("Operator: tenants"))));
        }
    }

    private ResultActions create(NewTenantJson request) throws Exception {
        return operator(post(TENANTS).contentType(MediaType.APPLICATION_JSON).content(request.toString()));
    }

    private ResultActions operator(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(TestOperator.basic()));
    }

    private JdbcTemplate owner() {
        return new JdbcTemplate(ownerDataSource);
    }
}
