package dev.atrium.plugin.module;

import java.util.Map;

/**
 * What a module's per-tenant setup sees when a tenant activates it; see
 * {@link AtriumModule#onActivate(TenantModuleContext)}. The tenant is bound
 * and a transaction is open while the module runs.
 *
 * <pre>{@code
 * public void onActivate(TenantModuleContext context) {
 *     context.bean(StockLocations.class).ensureMainWarehouse(context.tenantSlug());
 * }
 * }</pre>
 */
public interface TenantModuleContext {

    long tenantId();

    String tenantSlug();

    /** True the first time this tenant activates the module; false on a reactivation. */
    boolean firstActivation();

    /** The tenant's settings of this module, defaults already applied. */
    Map<String, String> settings();

    /** One setting's value; throws if the module did not declare it. */
    default String setting(String key) {
        String value = settings().get(key);
        if (value == null) {
            throw new IllegalArgumentException("The module declares no setting " + key);
        }
        return value;
    }

    /** A bean of the module's own child context (or of the host's). */
    <T> T bean(Class<T> type);
}
