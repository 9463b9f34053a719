package dev.atrium.core.history;

import dev.atrium.core.history.HistoryRecord.Actor;
import dev.atrium.core.problem.ProblemTexts;
import dev.atrium.plugin.context.CurrentUser;
import dev.atrium.plugin.history.FieldChange;
import dev.atrium.plugin.history.HistoryEntry;
import dev.atrium.plugin.history.RecordHistory;
import dev.atrium.plugin.list.Cursor;
import dev.atrium.plugin.list.ListPage;
import dev.atrium.plugin.problem.ProblemException;
import dev.atrium.plugin.problem.StorableText;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes timeline entries in the caller's transaction, so they commit and roll back with the change they
 * tell of, and reads a record's timeline newest first by keyset on the id, which the
 * {@code (tenant_id, record_type, record_id, id desc)} index serves in one range scan.
 */
@Service
class HostRecordHistory implements RecordHistory {

    private static final Pattern RECORD_TYPE = Pattern.compile("[a-z][a-z0-9-]{0,39}");
    private static final String SORT = "-id";
    private static final Sort ORDERING = Sort.by(Sort.Direction.DESC, "id");

    private final EntityManager entityManager;
    private final CurrentUser user;
    private final Clock clock;

    HostRecordHistory(EntityManager entityManager, CurrentUser user, Clock clock) {
        this.entityManager = entityManager;
        this.user = user;
        this.clock = clock;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void created(String recordType, long recordId) {
        write(recordType, recordId, HistoryEntry.Kind.CREATED, null, null);
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void changed(String recordType, long recordId, List<FieldChange> changes) {
        if (!changes.isEmpty()) {
            write(recordType, recordId, HistoryEntry.Kind.CHANGED, List.copyOf(changes), null);
        }
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void note(String recordType, long recordId, String text) {
        String note = text == null ? "" : text.strip();
        if (note.isEmpty()) {
            throw ProblemException.invalidField("text", "{problem.field.not-blank}");
        }
        if (note.length() > MAX_NOTE) {
            throw ProblemException.invalidField("text", ProblemTexts.key("problem.field.max-characters", MAX_NOTE));
        }
        StorableText.offence(note).ifPresent(offence -> {
            throw ProblemException.invalidField("text", offence);
        });
        write(recordType, recordId, HistoryEntry.Kind.NOTE, null, note);
    }

    @Override
    @Transactional(readOnly = true)
    public ListPage<HistoryEntry> timeline(String recordType, long recordId, String after, int size) {
        requireRecordType(recordType);
        if (size < 1 || size > MAX_PAGE) {
            throw ProblemException.invalidField("size", ProblemTexts.key("problem.field.between", 1, MAX_PAGE));
        }
        long afterId = after == null ? Long.MAX_VALUE
                : (Long) Cursor.decode(after, "after", SORT, ORDERING, Map.of("id", Long.class)).keys().get("id");
        List<HistoryRecord> rows = entityManager.createQuery("""
                        select h from HistoryRecord h where h.recordType = :recordType and h.recordId = :recordId
                        and h.id < :afterId order by h.id desc""", HistoryRecord.class)
                .setParameter("recordType", recordType).setParameter("recordId", recordId)
                .setParameter("afterId", afterId).setMaxResults(size + 1).getResultList();
        boolean hasNext = rows.size() > size;
        List<HistoryEntry> entries = rows.stream().limit(size).map(HistoryRecord::entry).toList();
        return new ListPage<>(entries, size, hasNext, after != null,
                hasNext ? cursor(entries.getLast().id()) : null, null);
    }

    private void write(String recordType, long recordId, HistoryEntry.Kind kind, List<FieldChange> changes,
            String note) {
        requireRecordType(recordType);
        Actor actor = user.signedIn() ? new Actor(user.id(), user.displayName()) : Actor.NOBODY;
        entityManager.persist(new HistoryRecord(recordType, recordId, kind, actor, clock.instant(), changes, note));
    }

    private static String cursor(long id) {
        return new Cursor(SORT, Map.of("id", id)).encode();
    }

    private static void requireRecordType(String recordType) {
        if (recordType == null || !RECORD_TYPE.matcher(recordType).matches()) {
            throw new IllegalArgumentException("A record type is lower-case letters, digits and dashes, at most 40: "
                    + recordType);
        }
    }
}
