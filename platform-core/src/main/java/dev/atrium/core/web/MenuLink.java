package dev.atrium.core.web;

/**
 * One entry of a tenant's main menu.
 *
 * @param key   stable id, e.g. {@code third-parties} or a module key
 * @param label what the user reads
 * @param path  path below the tenant's root, e.g. {@code /third-parties}
 * @param order position; lower first
 */
public record MenuLink(String key, String label, String path, int order) {
}
