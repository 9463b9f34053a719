package dev.atrium.admin.test;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The operator every {@link AdminTest} starts with. */
public final class TestOperator {

    public static final String EMAIL = "ops@atrium.test";
    public static final String PASSWORD = "operator-password-1";

    private TestOperator() {
    }

    /** HTTP Basic credentials for the operator API. */
    public static RequestPostProcessor basic() {
        return SecurityMockMvcRequestPostProcessors.httpBasic(EMAIL, PASSWORD);
    }

    /** Signs in on the console's page; the session then opens the console's pages. */
    public static MockHttpSession signIn(MockMvc mvc) throws Exception {
        return (MockHttpSession) mvc.perform(post("/admin/login").with(csrf())
                        .param("email", EMAIL).param("password", PASSWORD))
                .andExpect(redirectedUrl("/admin/tenants"))
                .andReturn().getRequest().getSession();
    }
}
