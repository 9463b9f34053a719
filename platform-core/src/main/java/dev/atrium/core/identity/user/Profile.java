package dev.atrium.core.identity.user;


/**
 * The signed-in user's own account as they read it.
 *
 * @param language their chosen language, or null when they follow the company's
 */
public record Profile(long id, String email, String displayName, String role, String language) {

    static Profile of(UserAccount user) {
        return new Profile(user.getId(), user.getEmail(), user.getDisplayName(), user.getRole(), user.getLanguage());
    }
}
