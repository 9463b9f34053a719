package dev.atrium.core.history;

import dev.atrium.plugin.history.FieldChange;
import dev.atrium.plugin.history.HistoryEntry;
import dev.atrium.plugin.persistence.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** One entry of a record's timeline; never changed once written (the application role may not update it). */
@Entity
@Immutable
@Table(name = "record_history")
class HistoryRecord extends TenantScopedEntity {

    private static final TypeReference<List<FieldChange>> CHANGES = new TypeReference<>() {
    };

    @Column(name = "record_type")
    private String recordType;

    @Column(name = "record_id")
    private long recordId;

    @Enumerated(EnumType.STRING)
    private HistoryEntry.Kind kind;

    @Column(name = "actor_user_id")
    private Long actorUserId;

    @Column(name = "actor_name")
    private String actorName;

    @Column(name = "occurred_at")
    private Instant occurredAt;

    /** The changes as JSON, read and written here so the entity needs no JSON mapping of Hibernate's. */
    @JdbcTypeCode(SqlTypes.JSON)
    private String changes;

    private String note;

    protected HistoryRecord() {
    }

    HistoryRecord(String recordType, long recordId, HistoryEntry.Kind kind, Actor actor, Instant occurredAt,
            List<FieldChange> changes, String note) {
        this.recordType = recordType;
        this.recordId = recordId;
        this.kind = kind;
        this.actorUserId = actor.userId();
        this.actorName = actor.name();
        this.occurredAt = occurredAt;
        this.changes = changes == null ? null : JsonMapper.shared().writeValueAsString(changes);
        this.note = note;
    }

    HistoryEntry entry() {
        return new HistoryEntry(getId(), kind, occurredAt, actorUserId, actorName,
                changes == null ? List.of() : JsonMapper.shared().readValue(changes, CHANGES), note);
    }

    /** Who did it: the signed-in user with the name they have now, or nobody (a job). */
    record Actor(Long userId, String name) {

        static final Actor NOBODY = new Actor(null, null);
    }
}
