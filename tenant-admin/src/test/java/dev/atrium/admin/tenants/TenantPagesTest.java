package dev.atrium.admin.tenants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.atrium.admin.test.AdminTest;
import dev.atrium.admin.test.TestOperator;
import dev.atrium.core.test.TestTenant;
import dev.atrium.core.test.TestTenants;
import dev.atrium.core.tenant.TenantService;
import dev.atrium.core.tenant.TenantStatus;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
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
    void everyErrorOfTheFormIsReportedInOneRoundEachOnItsFieldWithWhatWasTyped() throws Exception {
        TestTenant acme = tenants.create("Acme");
        NewTenantJson typed = NewTenantJson.valid().with("slug", acme.slug()).with("name", "")
                .with("defaultCurrency", "eur").with("ownerEmail", "not-an-email").with("ownerPassword", "short");

        Document page = page(mvc.perform(form(typed)).andExpect(status().isOk()).andReturn());

        Element summary = page.getElementById("form-errors");
        assertThat(summary).as("the error summary").isNotNull();
        assertThat(summary.attr("role")).as("the summary's role").isEqualTo("alert");
        assertThat(summary.attr("tabindex")).as("the summary takes focus").isEqualTo("-1");
        assertThat(summary.hasAttr("autofocus")).as("the summary is focused on load").isTrue();
        assertThat(summary.select("li a").eachText()).as("the summary's entries, in the form's order")
                .containsExactly("Slug: A tenant with this slug already exists.",
                        "Company name: must not be blank",
                        "Default currency: must be an ISO 4217 currency code, such as EUR",
                        "Owner's email: must be a well-formed email address",
                        "Owner's password: must be 12 to 72 bytes long, neither a common password nor a run of "
                                + "repeated or consecutive characters");
        assertThat(summary.select("li a").eachAttr("href")).as("where the summary's entries lead")
                .containsExactly("#slug", "#name", "#defaultCurrency", "#ownerEmail", "#ownerPassword");
        for (String field : List.of("slug", "name", "defaultCurrency", "ownerEmail", "ownerPassword")) {
            Element input = page.getElementById(field);
            assertThat(input.attr("aria-invalid")).as(field + " marked invalid").isEqualTo("true");
            assertThat(input.attr("aria-describedby")).as(field + " described by its error").isEqualTo(field + "-error");
            assertThat(page.getElementById(field + "-error").text()).as(field + "'s error under it").isNotBlank();
        }
        for (String field : List.of("locale", "timeZone", "ownerName")) {
            assertThat(page.getElementById(field).hasAttr("aria-invalid")).as(field + ", valid, unmarked").isFalse();
            assertThat(page.getElementById(field).hasAttr("aria-describedby")).as(field + " has no error").isFalse();
        }
        assertThat(page.getElementById("slug").val()).as("the slug as typed").isEqualTo(acme.slug());
        assertThat(page.getElementById("defaultCurrency").val()).as("the currency as typed").isEqualTo("eur");
        assertThat(page.getElementById("ownerEmail").val()).as("the email as typed").isEqualTo("not-an-email");
        assertThat(page.getElementById("ownerPassword").val()).as("the password, never sent back").isEmpty();
        assertThat(tenantService.get(acme.id()).name()).as("the tenant owning the slug, untouched")
                .isEqualTo("Acme");
    }

    @Test
    void aFormWithAnInvalidSlugShowsWhyKeepsNoPasswordAndCreatesNothing() throws Exception {
        Document page = page(mvc.perform(form(NewTenantJson.valid().with("slug", "Not A Slug")))
                .andExpect(status().isOk()).andReturn());
        assertThat(page.getElementById("slug-error").text()).as("the slug's error")
                .contains("must be 1 to 40 lower-case letters");
        assertThat(page.html()).as("the page after a refusal").doesNotContain("violet-kettle-1");
        assertThat(jdbc.queryForObject("select count(*) from tenant where slug = 'Not A Slug'", Integer.class))
                .isZero();
    }

    @Test
    void aValidFormCreatesTheTenantAndTheListSaysSo() throws Exception {
        NewTenantJson tenant = NewTenantJson.valid();
        MvcResult created = mvc.perform(form(tenant)).andExpect(redirectedUrl("/admin/tenants")).andReturn();
        assertThat(tenantService.findBySlug(tenant.slug())).as("the tenant the form created").isPresent();
        assertThat(notice(created)).as("the list's message").isEqualTo("Tenant " + tenant.slug() + " created.");
    }

    @Test
    void theSuspendPageNamesTheTenantAndWhatHappens() throws Exception {
        TestTenant acme = tenants.create("Acme Confirm");
        Document page = page(mvc.perform(get("/admin/tenants/" + acme.id() + "/suspend").session(operator))
                .andExpect(status().isOk()).andReturn());
        assertThat(page.selectFirst("h1").text()).as("the question").isEqualTo("Suspend Acme Confirm?");
        assertThat(page.getElementById("consequences").text()).as("what suspending does")
                .contains(acme.slug(), "nobody of it signs in", "resume it");
        assertThat(page.select("form button[name=confirmed][value=true]")).as("the confirming button").hasSize(1);
        assertThat(tenantService.get(acme.id()).status()).as("status after only looking").isEqualTo(TenantStatus.ACTIVE);
    }

    @Test
    void suspendingWithoutConfirmationChangesNothing() throws Exception {
        TestTenant acme = tenants.create("Acme Unconfirmed");
        Document page = page(mvc.perform(post("/admin/tenants/" + acme.id() + "/suspend").with(csrf())
                .session(operator)).andExpect(status().isOk()).andReturn());
        assertThat(page.getElementById("unconfirmed").attr("role")).as("the unconfirmed post's alert")
                .isEqualTo("alert");
        assertThat(tenantService.get(acme.id()).status()).as("status after an unconfirmed suspend")
                .isEqualTo(TenantStatus.ACTIVE);
    }

    @Test
    void confirmedSuspendAndResumeChangeTheStatusAndSaySo() throws Exception {
        TestTenant acme = tenants.create("Acme Pages");
        MvcResult suspended = mvc.perform(post("/admin/tenants/" + acme.id() + "/suspend").with(csrf())
                .session(operator).param("confirmed", "true")).andExpect(redirectedUrl("/admin/tenants")).andReturn();
        assertThat(tenantService.get(acme.id()).status()).as("status after suspend").isEqualTo(TenantStatus.SUSPENDED);
        assertThat(notice(suspended)).as("the message after suspending").isEqualTo("Tenant " + acme.slug()
                + " suspended.");

        MvcResult resumed = mvc.perform(post("/admin/tenants/" + acme.id() + "/resume").with(csrf())
                .session(operator)).andExpect(redirectedUrl("/admin/tenants")).andReturn();
        assertThat(tenantService.get(acme.id()).status()).as("status after resume").isEqualTo(TenantStatus.ACTIVE);
        assertThat(notice(resumed)).as("the message after resuming").isEqualTo("Tenant " + acme.slug()
                + " resumed.");
    }

    @Test
    void closingWithoutConfirmationChangesNothingAndWithItClosesAndSaysUntilWhen() throws Exception {
        TestTenant acme = tenants.create("Acme Closing Page");
        String close = "/admin/tenants/" + acme.id() + "/close";
        mvc.perform(post(close).with(csrf()).session(operator)).andExpect(status().isOk());
        assertThat(tenantService.get(acme.id()).status()).as("status after an unconfirmed close")
                .isEqualTo(TenantStatus.ACTIVE);

        MvcResult closed = mvc.perform(post(close).with(csrf()).session(operator).param("confirmed", "true"))
                .andExpect(redirectedUrl("/admin/tenants")).andReturn();
        assertThat(tenantService.get(acme.id()).status()).as("status after a confirmed close")
                .isEqualTo(TenantStatus.CLOSED);
        assertThat(notice(closed)).as("the message after closing")
                .startsWith("Tenant " + acme.slug() + " closed; its data is kept until ");
    }

    @Test
    void aRefusedChangeComesBackToTheListAsAnAlert() throws Exception {
        TestTenant acme = tenants.create("Acme Twice");
        String suspend = "/admin/tenants/" + acme.id() + "/suspend";
        tenantService.suspend(acme.id());
        MvcResult again = mvc.perform(post(suspend).with(csrf()).session(operator).param("confirmed", "true"))
                .andExpect(redirectedUrl("/admin/tenants")).andReturn();
        Element refusal = list(again).getElementById("refusal");
        assertThat(refusal.attr("role")).as("the refusal's role").isEqualTo("alert");
        assertThat(refusal.text()).as("the refusal").isEqualTo("The tenant is already suspended.");
    }

    @Test
    void anUnknownTenantPageIsA404() throws Exception {
        mvc.perform(get("/admin/tenants/987654321/purge").session(operator)).andExpect(status().isNotFound());
        mvc.perform(get("/admin/tenants/987654321/suspend").session(operator)).andExpect(status().isNotFound());
    }

    private MockHttpServletRequestBuilder form(NewTenantJson tenant) {
        MockHttpServletRequestBuilder request = post("/admin/tenants").with(csrf()).session(operator);
        tenant.fields().forEach((field, value) -> request.param(field, String.valueOf(value)));
        return request;
    }

    /** The list as the redirect after {@code change} shows it, with the flash it carried. */
    private Document list(MvcResult change) throws Exception {
        return page(mvc.perform(get("/admin/tenants").session(operator).flashAttrs(change.getFlashMap()))
                .andExpect(status().isOk()).andReturn());
    }

    private String notice(MvcResult change) throws Exception {
        Element notice = list(change).getElementById("notice");
        assertThat(notice).as("the list's message after the change").isNotNull();
        assertThat(notice.attr("role")).as("the message's role").isEqualTo("status");
        return notice.text();
    }

    private static Document page(MvcResult result) throws Exception {
        return Jsoup.parse(result.getResponse().getContentAsString());
    }
}
