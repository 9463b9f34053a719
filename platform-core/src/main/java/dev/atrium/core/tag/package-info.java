/**
 * The tenant's tags: defined in Setup → Tags and the API, put on records of any feature or module through the
 * plugin API's {@link dev.atrium.plugin.tag.Tags}, shown on records and used to filter their lists.
 */
@ApplicationModule(displayName = "Tags", allowedDependencies = {"principal", "problem", "web"})
package dev.atrium.core.tag;

import org.springframework.modulith.ApplicationModule;
