package dev.atrium.core.identity.binding;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the tenant slug out of a page path such as {@code /t/acme/third-parties}. */
public final class TenantPaths {

    private static final Pattern TENANT_PATH = Pattern.compile("^/t/([a-z0-9-]{1,40})(/.*)?$");

    private TenantPaths() {
    }

    public static Optional<String> slugOf(String path) {
        Matcher matcher = TENANT_PATH.matcher(path);
        return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
    }
}
