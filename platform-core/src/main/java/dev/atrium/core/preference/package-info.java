/**
 * Each user's own preferences, kept in {@code user_preference} under the tenant's row-level security and gone
 * with the user: the columns they chose for a list, offered to modules as the plugin API's
 * {@link dev.atrium.plugin.list.ListColumns} and to API clients under {@code /api/v1/me/list-columns/{list}}, for the
 * host's lists and those of the modules the tenant activated.
 */
@ApplicationModule(displayName = "Preferences", allowedDependencies = {"module"})
package dev.atrium.core.preference;

import org.springframework.modulith.ApplicationModule;
