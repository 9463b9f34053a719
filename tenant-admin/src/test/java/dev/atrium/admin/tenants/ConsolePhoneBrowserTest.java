package dev.atrium.admin.tenants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.atrium.admin.test.AdminTest;
import dev.atrium.admin.test.TestOperator;
import dev.atrium.core.test.Browser;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** The operator console on a 390 px phone: the tenants' table and its buttons stay on the screen. */
@ResourceLock("browser")
@AdminTest
class ConsolePhoneBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Test
    void onAPhoneNoConsolePageIsWiderThanTheScreen() throws Exception {
        assumeTrue(Browser.available(), "Chromium and chromedriver are not installed");
        String created = mvc.perform(post("/admin/api/v1/tenants").with(TestOperator.basic())
                        .contentType(MediaType.APPLICATION_JSON).content(NewTenantJson.valid().toString()))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = JsonPath.<Number>read(created, "$.id").longValue();

        try (Browser browser = Browser.open(port)) {
            browser.phone(390, 844);
            browser.go("/admin/login");
            assertThat(browser.elementsWiderThanTheViewport()).as("the sign-in page's elements past the edge").isEmpty();
            browser.type(By.id("email"), TestOperator.EMAIL).type(By.id("password"), TestOperator.PASSWORD)
                    .clickAndWaitFor(By.cssSelector("button[type=submit]"), "/admin/tenants");
            for (String page : List.of("/admin/tenants", "/admin/tenants/new", "/admin/tenants/" + id + "/suspend",
                    "/admin/tenants/" + id + "/close")) {
                browser.go(page);
                assertThat(browser.fitsTheWindow()).as("%s at 390 px: scrollWidth <= innerWidth", page).isTrue();
                assertThat(browser.horizontalOverflow()).as("%s at 390 px scrolls sideways by", page).isZero();
                assertThat(browser.elementsWiderThanTheViewport()).as("%s at 390 px: elements past the edge", page)
                        .isEmpty();
                browser.screenshot(Path.of("target", "screenshots", "390" + page.replaceAll("[^a-z0-9]+", "-") + ".png"));
            }
            browser.go("/admin/tenants");
            Number right = (Number) ((JavascriptExecutor) browser.driver()).executeScript(
                    "return document.querySelector('#tenants a.suspend').getBoundingClientRect().right;");
            assertThat(right.doubleValue()).as("a row's buttons are on the screen, not scrolled away")
                    .isLessThanOrEqualTo(browser.viewportWidth());
            browser.desktop(1366, 900).go("/admin/tenants");
            browser.screenshot(Path.of("target", "screenshots", "1366-admin-tenants.png"));
        }
    }
}
