package dev.atrium.admin.tenants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.atrium.admin.test.AdminTest;
import dev.atrium.admin.test.TestOperator;
import dev.atrium.core.test.TestTenant;
import dev.atrium.core.test.TestTenants;
import dev.atrium.core.tenant.TenantService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@AdminTest
class TenantPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestTenants tenants;

    @Autowired
    TenantService tenantService;

    @Autowired
    JdbcTemplate jdbc;

    MockHttpSession operator;

    @BeforeEach
    void signIn() throws Exception {
        operator = TestOperator.signIn(mvc);
    }

    @Test
    void aFormWithAnInvalidSlugShowsWhyKeepsNoPasswordAndCreatesNothing() throws Exception {
        mvc.perform(form(NewTenantJson.valid().with("slug", "Not A Slug")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("must be 1 to 40 lower-case letters")))
                .andExpect(content().string(not(containsString("violet-kettle-1"))));
        assertThat(jdbc.queryForObject("select count(*) from tenant where slug = 'Not A Slug'", Integer.class))
                .isZero();
    }

    @Test
    void aTakenSlugIsShownOnTheForm() throws Exception {
        TestTenant acme = tenants.create("Acme");
        mvc.perform(form(NewTenantJson.valid().with("slug", acme.slug())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("already exists")));
    }

    @Test
    void aValidFormCreatesTheTenantAndReturnsToTheList() throws Exception {
        NewTenantJson tenant = NewTenantJson.valid();
        mvc.perform(form(tenant)).andExpect(redirectedUrl("/admin/tenants"));
        assertThat(tenantService.findBySlug(tenant.slug())).as("the tenant the form created").isPresent();
    }

    @Test
    void suspendAndResumeButtonsChangeTheStatus() throws Exception {
        TestTenant acme = tenants.create("Acme Pages");
        mvc.perform(post("/admin/tenants/" + acme.id() + "/suspend").with(csrf()).session(operator))
                .andExpect(redirectedUrl("/admin/tenants"));
        assertThat(tenantService.get(acme.id()).active()).as("active after suspend").isFalse();
        mvc.perform(post("/admin/tenants/" + acme.id() + "/resume").with(csrf()).session(operator))
                .andExpect(redirectedUrl("/admin/tenants"));
        assertThat(tenantService.get(acme.id()).active()).as("active after resume").isTrue();
    }

    @Test
    void anUnknownTenantPageIsA404() throws Exception {
        mvc.perform(get("/admin/tenants/987654321/purge").session(operator)).andExpect(status().isNotFound());
    }

    private MockHttpServletRequestBuilder form(NewTenantJson tenant) {
        MockHttpServletRequestBuilder request = post("/admin/tenants").with(csrf()).session(operator);
        tenant.fields().forEach((field, value) -> request.param(field, String.valueOf(value)));
        return request;
    }
}
