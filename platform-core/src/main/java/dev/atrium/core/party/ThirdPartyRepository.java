package dev.atrium.core.party;

import dev.atrium.plugin.list.KeysetList;
import dev.atrium.plugin.persistence.TenantScopedEntity_;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaRepository;

interface ThirdPartyRepository extends JpaRepository<ThirdParty, Long> {

    /** What a list may be sorted by; all NOT NULL columns (the schema says so and a test checks it). */
    KeysetList<ThirdParty> LIST = KeysetList.of(ThirdParty.class, TenantScopedEntity_.id)
            .key("name", ThirdParty_.name)
            .key("code", ThirdParty_.code)
            .key("createdAt", ThirdParty_.createdAt)
            .key("updatedAt", ThirdParty_.updatedAt);

    boolean existsByCode(String code);

    boolean existsByCodeAndIdNot(String code, long id);

    static Specification<ThirdParty> matching(ThirdPartySearch search) {
        return (root, query, cb) -> {
            List<Predicate> predicates = new ArrayList<>();
            predicates.add(cb.equal(root.get(ThirdParty_.status), search.status()));
            if (search.q() != null) {
                predicates.add(containsText(root, query, cb, search.q()));
            }
            if (search.relation() != null) {
                predicates.add(switch (search.relation()) {
                    case CUSTOMER -> cb.equal(root.get(ThirdParty_.salesRelation), ThirdParty.SalesRelation.CUSTOMER);
                    case PROSPECT -> cb.equal(root.get(ThirdParty_.salesRelation), ThirdParty.SalesRelation.PROSPECT);
                    case SUPPLIER -> cb.isTrue(root.get(ThirdParty_.supplier));
                });
            }
            if (search.country() != null) {
                Subquery<Long> inCountry = query.subquery(Long.class);
                var address = inCountry.correlate(root).join(ThirdParty_.addresses);
                inCountry.select(address.get(TenantScopedEntity_.id))
                        .where(cb.equal(address.get(Address_.country), search.country()));
                predicates.add(cb.exists(inCountry));
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
    }

    /**
     * Name, code, email or tax id contains {@code q}, case aside, {@code %} and {@code _} taken literally. The
     * parties holding every trigram of the term are found first, by the trigram table's index (a leakproof
     * equality, which row-level security lets the planner use); the term itself is then checked on those alone.
     */
    static Predicate containsText(Root<ThirdParty> root, CriteriaQuery<?> query, CriteriaBuilder cb,
            String text) {
        String term = text.toLowerCase(Locale.ROOT);
        String pattern = "%" + term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        Predicate contains = cb.or(List.of(ThirdParty_.name, ThirdParty_.code, ThirdParty_.email, ThirdParty_.taxId)
                .stream().map(attribute -> cb.like(cb.lower(root.get(attribute)), pattern, '\\'))
                .toArray(Predicate[]::new));
        Set<String> trigrams = ThirdPartySearchTrigram.of(term);
        if (trigrams.isEmpty()) {
            return contains;
        }
        Subquery<Long> holdingEvery = query.subquery(Long.class);
        Root<ThirdPartySearchTrigram> trigram = holdingEvery.from(ThirdPartySearchTrigram.class);
        Path<Long> party = trigram.get("key").get("thirdPartyId");
        holdingEvery.select(party)
                .where(trigram.get("key").get("trigram").in(trigrams))
                .groupBy(party)
                .having(cb.equal(cb.countDistinct(trigram.get("key").get("trigram")), (long) trigrams.size()));
        return cb.and(root.get(TenantScopedEntity_.id).in(holdingEvery), contains);
    }
}
