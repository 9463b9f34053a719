package dev.atrium.core.identity;

import com.jayway.jsonpath.JsonPath;
import dev.atrium.core.test.IsolationFixture;
import dev.atrium.core.test.SeededIds;
import dev.atrium.core.test.TenantApi;
import dev.atrium.core.test.TestMail;
import dev.atrium.core.test.TableSnapshots;
import dev.atrium.core.test.TenantRows;
import dev.atrium.core.test.TestTenant;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

/**
 * Users (owner, member, an admin colleague, an invited colleague), their API tokens and password links; no other
 * tenant may change or revoke one, nor use a link.
 */
@Component
class IdentityIsolationFixture implements IsolationFixture {

    private static final String[] TABLES = {"app_user", "api_token", "password_link"};
    private static final String CHOSEN = "violet kettle under the stairs";

    private final TenantApi api;
    private final TenantRows rows;
    private final TableSnapshots snapshots;

    IdentityIsolationFixture(TenantApi api, TenantRows rows) {
        this.api = api;
        this.rows = rows;
        this.snapshots = new TableSnapshots(rows, TABLES);
    }

    @Override
    public SeededIds seed(TestTenant a) {
        String colleague = api.create(a.bearer(), "/api/v1/users", """
                {"email": "colleague@%1$s.test", "displayName": "Colleague of %1$s", "role": "ADMIN",
                 "password": "%2$s"}""".formatted(a.slug(), CHOSEN));
        String invitee = "invitee@" + a.slug() + ".test";
        String invited = api.create(a.bearer(), "/api/v1/users/invitations", """
                {"email": "%s", "displayName": "Invited to %s", "role": "MEMBER"}""".formatted(invitee, a.slug()));
        String link = TestMail.lastPasswordLinkTo(invitee);
        SeededIds ids = new SeededIds()
                .row("userId", JsonPath.read(colleague, "$.id"))
                .row("userId", JsonPath.read(invited, "$.id"))
                .row("secret", link.substring(link.lastIndexOf('/') + 1))
                .row("userId", a.owner().userId())
                .row("userId", a.member().userId());
        for (String bearer : List.of(a.bearer(), a.memberBearer())) {
            List<Object> tokens = JsonPath.read(api.get(bearer, "/api/v1/me/tokens"), "$[*].id");
            tokens.forEach(token -> ids.row("tokenId", token));
        }
        return ids;
    }

    @Override
    public Optional<String> validBody(HttpMethod method, String pattern) {
        boolean api = pattern.startsWith("/api/v1/users/");
        boolean page = pattern.startsWith("/t/{slug}/setup/users/");
        if (pattern.endsWith("/role") && (api || page)) {
            return Optional.of(api ? "{\"role\": \"MEMBER\"}" : "role=MEMBER");
        }
        if (pattern.equals("/t/{slug}/password/{secret}")) {
            return Optional.of("password=" + CHOSEN.replace(' ', '+') + "&confirmation=" + CHOSEN.replace(' ', '+'));
        }
        if (pattern.endsWith("/password") && (api || page)) {
            return Optional.of(api ? "{\"password\": \"taken-over-password\"}" : "password=taken-over-password");
        }
        return Optional.empty();
    }

    @Override
    public void takeSnapshot(TestTenant a) {
        snapshots.take(a);
    }

    @Override
    public void assertUnchanged(TestTenant a) {
        snapshots.assertUnchanged(a, "users and API tokens");
    }
}
