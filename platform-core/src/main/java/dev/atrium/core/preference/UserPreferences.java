package dev.atrium.core.preference;

import dev.atrium.plugin.context.CurrentTenant;
import dev.atrium.plugin.context.CurrentUser;
import jakarta.persistence.EntityManager;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in user's preferences, by key. Read through the entity (so under {@code @TenantId} as well as
 * row-level security); written by one upsert, so two first saves at once are one row, never a 500.
 */
@Component
class UserPreferences {

    static final int MAX_VALUE = 2000;
    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9:.-]{0,79}");

    private final EntityManager entityManager;
    private final CurrentTenant tenant;
    private final CurrentUser user;

    UserPreferences(EntityManager entityManager, CurrentTenant tenant, CurrentUser user) {
        this.entityManager = entityManager;
        this.tenant = tenant;
        this.user = user;
    }

    @Transactional(readOnly = true)
    Optional<String> get(String key) {
        return entityManager.createQuery("select p from UserPreference p where p.userId = :user and p.name = :key",
                        UserPreference.class)
                .setParameter("user", user.id()).setParameter("key", requireKey(key)).getResultStream()
                .findFirst().map(UserPreference::value);
    }

    @Transactional
    void put(String key, String value) {
        if (value.length() > MAX_VALUE) {
            throw new IllegalArgumentException("A preference's value is at most " + MAX_VALUE + " characters");
        }
        entityManager.createNativeQuery("""
                        insert into user_preference (tenant_id, user_id, key, value) values (?1, ?2, ?3, ?4)
                        on conflict (tenant_id, user_id, key)
                        do update set value = excluded.value, version = user_preference.version + 1""")
                .setParameter(1, tenant.id()).setParameter(2, user.id()).setParameter(3, requireKey(key))
                .setParameter(4, value).executeUpdate();
    }

    @Transactional
    void remove(String key) {
        entityManager.createQuery("delete from UserPreference p where p.userId = :user and p.name = :key")
                .setParameter("user", user.id()).setParameter("key", requireKey(key)).executeUpdate();
    }

    private static String requireKey(String key) {
        if (key == null || !KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("A preference's key is lower-case letters, digits, ':', '.' and '-': "
                    + key);
        }
        return key;
    }
}
