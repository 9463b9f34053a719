package dev.atrium.core.web;

/**
 * One entry of a tenant's main menu. A core feature declares its entries as
 * beans, the way a module's descriptor lists its {@code MenuEntry}s, and
 * {@link Menu} shows each to the users holding its permission:
 *
 * <pre>{@code
 * @Bean
 * static MenuLink thirdPartiesMenu() {
 *     return new MenuLink("third-parties", "Third parties", "/third-parties", 10, CorePermissions.THIRD_PARTY_READ);
 * }
 * }</pre>
 *
 * @param key        stable id, e.g. {@code third-parties} or a module key
 * @param label      what the user reads
 * @param path       path below the tenant's root, e.g. {@code /third-parties}
 * @param order      position; lower first
 * @param permission the core permission needed to see it, or {@code null} for everyone signed in
 */
public record MenuLink(String key, String label, String path, int order, String permission) {

    public MenuLink(String key, String label, String path, int order) {
        this(key, label, path, order, null);
    }
}
