package dev.atrium.core.module;

import java.nio.file.Path;

/**
 * A plugin archive that is not installed, and why: the platform started without it.
 *
 * @param archive  the file or folder in the plugins directory
 * @param pluginId its plugin id, when the descriptor could be read
 * @param reason   one sentence an operator can act on
 */
public record SkippedPlugin(Path archive, String pluginId, String reason) {
}
