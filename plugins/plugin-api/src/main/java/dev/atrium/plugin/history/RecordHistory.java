package dev.atrium.plugin.history;

import dev.atrium.plugin.list.ListPage;
import java.util.List;
import java.util.Map;

/**
 * The timeline of a record: who created it, who changed which fields from what to what, and the notes people
 * left on it. The host implements it; a module injects it into its beans like {@code Parties}.
 *
 * <p>Every write joins the caller's transaction (there must be one) and is rolled back with it, so a change
 * that fails leaves no trace; the user is the request's, the time the host's clock. Entries are never changed
 * or deleted. A record is named by a type of the caller's choosing ({@code contract}, {@code contract-line}:
 * lower-case letters, digits and dashes, at most 40) and its id; the host keeps each tenant's entries apart
 * like all its rows, but it does not know the record: check that the bound tenant has it (a 404 otherwise)
 * before writing or reading its timeline.
 *
 * <pre>{@code
 * @Transactional
 * public ContractView retitle(long id, String title) {
 *     Contract contract = contract(id);                       // 404 for another tenant's id
 *     Map<String, String> before = contract.snapshot();       // label → display value
 *     contract.retitle(title);
 *     history.changed("contract", id, before, contract.snapshot());
 *     return ContractView.of(contract);
 * }
 * }</pre>
 */
public interface RecordHistory {

    /** The most entries one page of a timeline holds. */
    int MAX_PAGE = 100;

    /** The longest note, in characters. */
    int MAX_NOTE = 2000;

    void created(String recordType, long recordId);

    /** Records the changes as one entry; none is written when {@code changes} is empty. */
    void changed(String recordType, long recordId, List<FieldChange> changes);

    /** {@link #changed(String, long, List)} with what differs between two snapshots (label → display value). */
    default void changed(String recordType, long recordId, Map<String, String> before, Map<String, String> after) {
        changed(recordType, recordId, FieldChange.between(before, after));
    }

    /**
     * Adds a person's note to the record.
     *
     * @throws dev.atrium.plugin.problem.ProblemException a 400 naming {@code text} when it is blank, longer
     *         than {@link #MAX_NOTE} or not storable text
     */
    void note(String recordType, long recordId, String text);

    /**
     * The record's entries, newest first, at most {@code size} (1 to {@link #MAX_PAGE}) after the entry of
     * {@code after} (a page's {@code next}; null for the newest).
     *
     * @throws dev.atrium.plugin.problem.ProblemException a 400 naming {@code after} when it is not a
     *         {@code next} of this timeline, or {@code size} when it is out of range
     */
    ListPage<HistoryEntry> timeline(String recordType, long recordId, String after, int size);
}
