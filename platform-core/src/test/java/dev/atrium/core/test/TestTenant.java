package dev.atrium.core.test;

import dev.atrium.core.principal.AtriumPrincipal;

/** A tenant made for one test, with an owner and a member who each hold an API token. */
public record TestTenant(long id, String slug, AtriumPrincipal owner, String ownerToken, AtriumPrincipal member,
        String memberToken) {

    public static final String PASSWORD = "test-password-1";

    public String bearer() {
        return "Bearer " + ownerToken;
    }

    public String memberBearer() {
        return "Bearer " + memberToken;
    }
}
