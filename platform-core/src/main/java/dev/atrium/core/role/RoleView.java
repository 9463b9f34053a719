package dev.atrium.core.role;

import java.util.List;

/**
 * One of the company's roles as the API and Setup → Roles show it.
 *
 * @param key     what a user's role names, and the API's path; {@code OWNER}, {@code ADMIN}, {@code MEMBER} for
 *                the built-in roles
 * @param builtIn a role every company has: it may be renamed and its rights changed, never deleted
 * @param rights  the rights it holds, in the order the Roles page lists them
 * @param users   how many of the company's users hold it
 */
public record RoleView(String key, String name, boolean builtIn, List<String> rights, long users) {
}
