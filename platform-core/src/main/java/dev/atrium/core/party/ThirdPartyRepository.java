package dev.atrium.core.party;

import dev.atrium.plugin.list.KeysetList;
import dev.atrium.plugin.list.ListFilter;
import dev.atrium.plugin.persistence.TenantScopedEntity_;
import java.util.Set;
import org.springframework.data.jpa.repository.JpaRepository;

interface ThirdPartyRepository extends JpaRepository<ThirdParty, Long> {

    /** A list row's columns, and what a list may be sorted by: all NOT NULL columns (a test checks it). */
    KeysetList<ThirdParty, ThirdPartySummary> LIST = KeysetList.of(ThirdParty.class, TenantScopedEntity_.id,
                    ThirdPartySummary.class, TenantScopedEntity_.id, ThirdParty_.code, ThirdParty_.name,
                    ThirdParty_.kind, ThirdParty_.salesRelation, ThirdParty_.supplier, ThirdParty_.status,
                    ThirdParty_.taxId, ThirdParty_.email, ThirdParty_.phone, ThirdParty_.createdAt)
            .key("name", ThirdParty_.name)
            .key("code", ThirdParty_.code)
            .key("createdAt", ThirdParty_.createdAt)
            .key("updatedAt", ThirdParty_.updatedAt);

    boolean existsByCode(String code);

    boolean existsByCodeAndIdNot(String code, long id);

    static ListFilter<ThirdParty> matching(ThirdPartySearch search) {
        ListFilter<ThirdParty> filter = ListFilter.all();
        if (search.statusKept().isPresent()) {
            filter = filter.equal(ThirdParty_.status, search.statusKept().get());
        }
        if (!search.ids().isEmpty()) {
            filter = filter.sql("id = any(?)", search.ids());
        }
        if (search.q() != null) {
            filter = containsText(filter, search.q());
        }
        if (search.relation() != null) {
            filter = switch (search.relation()) {
                case CUSTOMER -> filter.equal(ThirdParty_.salesRelation, ThirdParty.SalesRelation.CUSTOMER);
                case PROSPECT -> filter.equal(ThirdParty_.salesRelation, ThirdParty.SalesRelation.PROSPECT);
                case SUPPLIER -> filter.equal(ThirdParty_.supplier, true);
            };
        }
        if (search.country() != null) {
            filter = filter.sql("exists (select 1 from third_party_address a where a.tenant_id = ? "
                    + "and a.third_party_id = third_party.id and a.country = ?)", ListFilter.TENANT, search.country());
        }
        if (search.tag() != null) {
            // The core's own tags table, as the plugin API's Tags.tagged reads it for a module's list.
            filter = filter.sql("exists (select 1 from tag_assignment ta where ta.tenant_id = ? "
                    + "and ta.record_type = ? and ta.tag_id = ? and ta.record_id = third_party.id)", ListFilter.TENANT,
                    ThirdPartyService.HISTORY, search.tag());
        }
        return filter;
    }

    /**
     * Name, code, email or tax id contains {@code text}, accents, case and punctuation aside ("saint roch" finds
     * "Saint-Roch"). The parties holding every trigram of the folded term are found first, by the trigram table's
     * index (a leakproof equality, which row-level security lets the planner use); the folded term itself is then
     * checked on those alone. A term of punctuation only ("%", "@") folds to nothing: it is looked for literally.
     */
    static ListFilter<ThirdParty> containsText(ListFilter<ThirdParty> filter, String text) {
        String folded = ThirdPartySearchText.fold(text);
        if (folded.isEmpty()) {
            return filter.containsText(text, ThirdParty_.name, ThirdParty_.code, ThirdParty_.email, ThirdParty_.taxId);
        }
        Set<String> trigrams = ThirdPartySearchText.trigrams(folded);
        ListFilter<ThirdParty> narrowed = trigrams.isEmpty() ? filter
                : filter.sql("id in (select g.third_party_id from third_party_search_trigram g where g.tenant_id = ? "
                        + "and g.trigram = any(?) group by g.third_party_id having count(distinct g.trigram) = ?)",
                        ListFilter.TENANT, trigrams, trigrams.size());
        return narrowed.sql("search_text like ?", "%" + folded + "%");
    }
}
