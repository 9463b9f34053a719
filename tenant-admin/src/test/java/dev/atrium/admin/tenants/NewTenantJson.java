package dev.atrium.admin.tenants;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.json.JsonMapper;

/** Builds the body of a tenant creation: valid by default, then bent one field at a time. */
final class NewTenantJson {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final String RUN = Long.toString(System.nanoTime() % 1_000_000, 36);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Map<String, Object> fields = new LinkedHashMap<>();

    private NewTenantJson() {
    }

    /** A valid request with a slug no other test uses. */
    static NewTenantJson valid() {
        String slug = "op-" + RUN + "-" + SEQUENCE.incrementAndGet();
        NewTenantJson json = new NewTenantJson();
        json.fields.put("slug", slug);
        json.fields.put("name", "Company " + slug.toUpperCase(Locale.ROOT));
        json.fields.put("defaultCurrency", "EUR");
        json.fields.put("locale", "fr-FR");
        json.fields.put("timeZone", "Europe/Paris");
        json.fields.put("ownerEmail", "owner@" + slug + ".test");
        json.fields.put("ownerName", "Owner of " + slug);
        json.fields.put("ownerPassword", "violet-kettle-1");
        return json;
    }

    NewTenantJson with(String field, Object value) {
        fields.put(field, value);
        return this;
    }

    NewTenantJson without(String field) {
        fields.remove(field);
        return this;
    }

    Map<String, Object> fields() {
        return Map.copyOf(fields);
    }

    String slug() {
        return String.valueOf(fields.get("slug"));
    }

    String ownerEmail() {
        return String.valueOf(fields.get("ownerEmail"));
    }

    String ownerPassword() {
        return String.valueOf(fields.get("ownerPassword"));
    }

    @Override
    public String toString() {
        return JSON.writeValueAsString(fields);
    }
}
