package dev.atrium.plugin.module;

/**
 * A link the module adds to the tenant's menu. The host shows it only to
 * tenants that activated the module, and only to users holding
 * {@code permission} (when one is named).
 *
 * <pre>{@code
 * new MenuEntry("Contracts", "contracts", "contracts:read")   // links to /t/{slug}/contracts
 * }</pre>
 *
 * @param label      the text of the link
 * @param path       path below the tenant's pages, without a leading slash
 * @param permission the permission needed to see it, or {@code null} for everyone
 */
public record MenuEntry(String label, String path, String permission) {

    public MenuEntry {
        if (label == null || label.isBlank()) {
            throw new IllegalArgumentException("A menu entry needs a label");
        }
        if (path == null || path.startsWith("/") || path.contains("..")) {
            throw new IllegalArgumentException("A menu path is relative to the tenant's pages: " + path);
        }
    }
}
