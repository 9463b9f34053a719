/**
 * Who and for whom a module works: {@link dev.atrium.plugin.context.CurrentTenant} (zone, locale,
 * currency, today) and {@link dev.atrium.plugin.context.CurrentUser} (id, name, permissions).
 */
package dev.atrium.plugin.context;
