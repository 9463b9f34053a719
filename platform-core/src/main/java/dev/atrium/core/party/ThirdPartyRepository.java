package dev.atrium.core.party;

import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Subquery;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
                String pattern = "%" + search.q().toLowerCase(Locale.ROOT)
                        .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
                predicates.add(cb.or(List.of("name", "code", "email", "taxId").stream()
                        .map(field -> cb.like(cb.lower(root.get(field)), pattern, '\\'))
                        .toArray(Predicate[]::new)));
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
}
