package dev.atrium.core.party;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Join;
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
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface ThirdPartyRepository extends JpaRepository<ThirdParty, Long>, JpaSpecificationExecutor<ThirdParty> {

    boolean existsByCode(String code);

    boolean existsByCodeAndIdNot(String code, long id);

    static Specification<ThirdParty> matching(ThirdPartySearch search) {
        return (root, query, cb) -> {
            List<Predicate> predicates = new ArrayList<>();
            if (search.q() != null) {
                predicates.add(containing(search.q(), root, query, cb));
            }
            if (search.relation() != null) {
                predicates.add(switch (search.relation()) {
                    case CUSTOMER -> cb.equal(root.get("salesRelation"), SalesRelation.CUSTOMER);
                    case PROSPECT -> cb.equal(root.get("salesRelation"), SalesRelation.PROSPECT);
                    case SUPPLIER -> cb.isTrue(root.get("supplier"));
                });
            }
            if (search.status() != null) {
                predicates.add(cb.equal(root.get("status"), search.status()));
            }
            if (search.country() != null) {
                Subquery<Long> inCountry = query.subquery(Long.class);
                Join<ThirdParty, Address> address = inCountry.correlate(root).join("addresses");
                inCountry.select(address.get("id")).where(cb.equal(address.get("country"), search.country()));
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
    private static Predicate containing(String q, Root<ThirdParty> root, CriteriaQuery<?> query,
            CriteriaBuilder cb) {
        String term = q.toLowerCase(Locale.ROOT);
        String pattern = "%" + term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        Predicate contains = cb.or(List.of("name", "code", "email", "taxId").stream()
                .map(field -> cb.like(cb.lower(root.get(field)), pattern, '\\'))
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
        return cb.and(root.get("id").in(holdingEvery), contains);
    }
}
