package dev.atrium.plugin.tag;

import dev.atrium.plugin.list.ListFilter;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The tenant's tags (a region, a segment, "key account") on records of any feature or module. The tenant
 * defines them in Setup → Tags; a module puts them on its records, shows them, and filters its lists by one.
 * The host implements it; a module injects it into its beans like {@code Parties}.
 *
 * <p>A record is named by a type of the caller's choosing ({@code contract}: lower-case letters, digits and
 * dashes, at most 40) and its id, as in {@code RecordHistory}. The host keeps each tenant's tags apart like
 * all its rows, but it does not know the record: check that the bound tenant has it (a 404 otherwise) before
 * reading or setting its tags. Setting joins the caller's transaction and writes the change to the record's
 * timeline.
 *
 * <pre>{@code
 * @Transactional
 * public List<TagRef> retag(long id, List<Long> tagIds) {
 *     contract(id);                                  // 404 for another tenant's id
 *     return tags.set("contract", id, tagIds);       // 400 naming tagIds for an unknown tag
 * }
 *
 * ListFilter<Contract> filter = ListFilter.<Contract>all().equal(Contract_.status, ContractStatus.ACTIVE);
 * if (search.tag() != null) {
 *     filter = tags.tagged(filter, "contract", search.tag());
 * }
 * }</pre>
 */
public interface Tags {

    /** The palette a tag's colour is chosen from. */
    List<String> COLOURS = List.of("grey", "blue", "green", "amber", "red", "purple");

    /** The most tags one record carries. */
    int MAX_PER_RECORD = 20;

    /** The tenant's tags, by name. */
    List<TagRef> all();

    /** The record's tags, by name. */
    List<TagRef> of(String recordType, long recordId);

    /** The tags of each of the records (those without any are absent), by name: one query for a list's page. */
    Map<Long, List<TagRef>> of(String recordType, Collection<Long> recordIds);

    /**
     * Replaces the record's tags by {@code tagIds} (duplicates ignored) and writes what changed to its timeline.
     *
     * @return the record's tags now, by name
     * @throws dev.atrium.plugin.problem.ProblemException a 400 naming {@code tagIds} when one is not a tag of
     *         the tenant, or there are more than {@link #MAX_PER_RECORD}
     */
    List<TagRef> set(String recordType, long recordId, Collection<Long> tagIds);

    /**
     * {@code filter} and only the records carrying the tag: a subquery on the tag assignments, bound, matched
     * on the listed table's {@code id}. An unknown tag's id finds no record.
     */
    <E> ListFilter<E> tagged(ListFilter<E> filter, String recordType, long tagId);
}
