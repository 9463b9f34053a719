package dev.atrium.core.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.util.HtmlUtils;

/**
 * A signed-in page session of one tenant's user, so page tests read as the
 * pages they open and the forms they post:
 * {@code PageSession.member(mvc, acme).post("/t/acme/third-parties", "name", "Ann")}.
 */
public record PageSession(MockMvc mvc, MockHttpSession session) {

    public static PageSession member(MockMvc mvc, TestTenant tenant) throws Exception {
        return signIn(mvc, tenant.slug(), tenant.member().email());
    }

    public static PageSession owner(MockMvc mvc, TestTenant tenant) throws Exception {
        return signIn(mvc, tenant.slug(), tenant.owner().email());
    }

    private static PageSession signIn(MockMvc mvc, String slug, String email) throws Exception {
        return new PageSession(mvc, (MockHttpSession) mvc.perform(MockMvcRequestBuilders.post("/t/" + slug + "/login").with(csrf())
                .param("email", email).param("password", TestTenant.PASSWORD)).andReturn().getRequest().getSession());
    }

    /** {@code url} as it stands, query included, so a link taken from a page is followed as the browser would. */
    public ResultActions get(String url) throws Exception {
        return perform(MockMvcRequestBuilders.get(URI.create(url)));
    }

    /** A form post with CSRF token; {@code fields} are name, value, name, value… */
    public ResultActions post(String url, String... fields) throws Exception {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.post(URI.create(url)).with(csrf());
        for (int i = 0; i < fields.length; i += 2) {
            request.param(fields[i], fields[i + 1]);
        }
        return perform(request);
    }

    /** The page's HTML, after checking it answered 200. */
    public String html(String url) throws Exception {
        return get(url).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    public ResultActions perform(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.session(session));
    }

    /** Where the link with {@code id} on the page goes, unescaped. */
    public static String link(String html, String id) {
        Matcher anchor = Pattern.compile("<a [^>]*id=\"" + id + "\"[^>]*>").matcher(html);
        assertThat(anchor.find()).as("a link with id %s", id).isTrue();
        Matcher href = Pattern.compile("href=\"([^\"]*)\"").matcher(anchor.group());
        assertThat(href.find()).as("the link %s has an href", id).isTrue();
        return HtmlUtils.htmlUnescape(href.group(1));
    }
}
