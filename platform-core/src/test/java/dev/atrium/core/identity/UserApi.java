package dev.atrium.core.identity;

import dev.atrium.core.identity.token.ApiTokenService;
import dev.atrium.core.principal.AtriumPrincipal;
import dev.atrium.core.principal.Role;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.atrium.core.test.TestTenant;
import java.net.URI;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** Calls /api/v1/users with a given bearer token and signs users in, so tests read as the requests they make. */
@Component
class UserApi {

    static final String API = "/api/v1/users";
    static final String PASSWORD = "colleague-password-1";

    private final ObjectProvider<MockMvc> mvcProvider;
    private final ApiTokenService tokens;

    /** MockMvc is asked for on use: applications started without it (other nodes of a test) still start. */
    UserApi(ObjectProvider<MockMvc> mvcProvider, ApiTokenService tokens) {
        this.mvcProvider = mvcProvider;
        this.tokens = tokens;
    }

    static String user(String email, String role) {
        return "{\"email\":\"" + email + "\",\"displayName\":\"" + email.substring(0, email.indexOf('@'))
                + "\",\"role\":\"" + role + "\",\"password\":\"" + PASSWORD + "\"}";
    }

    static String role(String role) {
        return "{\"role\":\"" + role + "\"}";
    }

    /** Adds a user as the tenant's owner and answers their id. */
    long add(TestTenant tenant, String email, String role) throws Exception {
        String body = post(tenant.bearer(), API, user(email, role)).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    /** A user added by the tenant's owner, with a bearer header acting as them. */
    record Colleague(long id, String bearer) {
    }

    Colleague colleague(TestTenant tenant, String email, String role) throws Exception {
        long id = add(tenant, email, role);
        AtriumPrincipal principal = new AtriumPrincipal(id, tenant.id(), tenant.slug(), email, email,
                Role.valueOf(role));
        return new Colleague(id, "Bearer " + tokens.issue(principal, "test").secret());
    }

    ResultActions get(String bearer, String path) throws Exception {
        return mvcProvider.getObject().perform(MockMvcRequestBuilders.get(URI.create(path)).header("Authorization", bearer));
    }

    ResultActions post(String bearer, String path, String json) throws Exception {
        return mvcProvider.getObject().perform(MockMvcRequestBuilders.post(URI.create(path)).header("Authorization", bearer)
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    ResultActions post(String bearer, String path) throws Exception {
        return mvcProvider.getObject().perform(MockMvcRequestBuilders.post(URI.create(path)).header("Authorization", bearer));
    }

    ResultActions put(String bearer, String path, String json) throws Exception {
        return mvcProvider.getObject().perform(MockMvcRequestBuilders.put(URI.create(path)).header("Authorization", bearer)
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    ResultActions signIn(TestTenant tenant, String email, String password) throws Exception {
        return mvcProvider.getObject().perform(MockMvcRequestBuilders.post("/t/" + tenant.slug() + "/login").with(csrf())
                .param("email", email).param("password", password));
    }

    MockHttpSession session(TestTenant tenant, String email, String password) throws Exception {
        return (MockHttpSession) signIn(tenant, email, password).andReturn().getRequest().getSession();
    }
}
