/**
 * How a plugin becomes an Atrium module: {@link dev.atrium.plugin.module.AtriumModule}
 * and the value types of its {@link dev.atrium.plugin.module.ModuleDescriptor}.
 * See {@code docs/writing-a-module.md} in the repository.
 */
package dev.atrium.plugin.module;
