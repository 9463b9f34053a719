package dev.atrium.core.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import dev.atrium.core.test.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

@PlatformTest
class SecurityHeadersTest {

    @Autowired
    MockMvc mvc;

    @Test
    void pagesRunOnlyTheSitesOwnScriptFilesAndCannotBeFramed() throws Exception {
        MockHttpServletResponse page = mvc.perform(get("/login")).andReturn().getResponse();

        String policy = page.getHeader("Content-Security-Policy");
        assertThat(policy).contains("script-src 'self';", "style-src 'self';", "object-src 'none'",
                "frame-ancestors 'none'", "base-uri 'self'", "form-action 'self'");
        assertThat(policy).doesNotContain("unsafe-inline", "unsafe-eval");
        assertThat(page.getHeader("Referrer-Policy")).isEqualTo("same-origin");
        assertThat(page.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(page.getHeader("X-Frame-Options")).isEqualTo("DENY");
    }

    @Test
    void apiAnswersAndErrorsCarryThePolicyToo() throws Exception {
        MockHttpServletResponse unauthenticated = mvc.perform(get("/api/v1/third-parties")).andReturn().getResponse();
        assertThat(unauthenticated.getStatus()).isEqualTo(401);
        assertThat(unauthenticated.getHeader("Content-Security-Policy")).isEqualTo(SecurityHeaders.POLICY);
        assertThat(unauthenticated.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    @Test
    void swaggerUiMayStyleInlineButStillRunsNoInlineScript() throws Exception {
        String policy = mvc.perform(get("/swagger-ui/index.html")).andReturn().getResponse()
                .getHeader("Content-Security-Policy");

        assertThat(policy).contains("style-src 'self' 'unsafe-inline'", "script-src 'self';",
                "frame-ancestors 'none'");
        assertThat(policy).doesNotContain("unsafe-eval");
    }
}
