package dev.atrium.plugin.history;

import java.time.Instant;
import java.util.List;

/**
 * One event of a record's timeline. {@code actorUserId} is null when no user did it (a job), or once the user
 * was deleted; {@code actorName} is the name they had at the time, null when no user did it. {@code changes}
 * is empty but for {@link Kind#CHANGED}, {@code note} null but for {@link Kind#NOTE}.
 */
public record HistoryEntry(long id, Kind kind, Instant at, Long actorUserId, String actorName,
        List<FieldChange> changes, String note) {

    public enum Kind {
        CREATED,
        CHANGED,
        NOTE
    }

    public HistoryEntry {
        changes = List.copyOf(changes);
    }
}
