package dev.atrium.core.module;

import dev.atrium.plugin.persistence.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/** Who switched which module on or off, and when. Never changed once written. */
@Entity
@Table(name = "module_activation_audit")
class ModuleActivationAudit extends TenantScopedEntity {

    enum Action {
        ACTIVATED,
        DEACTIVATED
    }

    @Column(name = "module_key")
    private String moduleKey;

    @Enumerated(EnumType.STRING)
    private Action action;

    @Column(name = "actor_user_id")
    private Long actorUserId;

    @Column(name = "actor_email")
    private String actorEmail;

    @Column(name = "actor_name")
    private String actorName;

    @Column(name = "occurred_at")
    private Instant occurredAt;

    protected ModuleActivationAudit() {
    }

    ModuleActivationAudit(String moduleKey, Action action, ModuleActor actor, Instant occurredAt) {
        this.moduleKey = moduleKey;
        this.action = action;
        this.actorUserId = actor.userId();
        this.actorEmail = actor.email();
        this.actorName = actor.name();
        this.occurredAt = occurredAt;
    }

    ModuleChange view() {
        return new ModuleChange(moduleKey, action.name(), actorEmail,
                actorName == null || actorName.isBlank() ? actorEmail : actorName, occurredAt);
    }
}
