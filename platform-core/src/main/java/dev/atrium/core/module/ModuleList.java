package dev.atrium.core.module;

import dev.atrium.plugin.list.ChoosableColumns;

/**
 * A list a module declares ({@link dev.atrium.plugin.module.AtriumModule#listColumns()}), with the module it
 * belongs to: the host serves its column choice only to the tenants that activated that module.
 *
 * @param module the module's key
 */
public record ModuleList(String module, ChoosableColumns columns) {
}
