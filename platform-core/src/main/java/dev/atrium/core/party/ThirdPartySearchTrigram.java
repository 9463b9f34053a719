package dev.atrium.core.party;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.LinkedHashSet;
import java.util.Set;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.TenantId;

/**
 * One three-character run of a party's lower-cased name, code, email or tax id, written by the database itself
 * (a trigger on {@code third_party}, migration V7) and only read here, by the search. Equality on text is
 * leakproof, so under row-level security the planner may still find a term's parties through this table's
 * index, where it may not use the trigram index for {@code lower(x) like}.
 */
@Entity
@Immutable
@Table(name = "third_party_search_trigram")
class ThirdPartySearchTrigram {

    @EmbeddedId
    private Key key;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private Long tenantId;

    protected ThirdPartySearchTrigram() {
    }

    @Embeddable
    record Key(String trigram, @Column(name = "third_party_id") long thirdPartyId) {
    }

    /**
     * The trigrams every match of a lower-cased term holds, cut as the database cuts the stored fields: by
     * characters, without padding. Empty for a term under three characters, which no trigram narrows.
     */
    static Set<String> of(String lowerCaseTerm) {
        int[] characters = lowerCaseTerm.codePoints().toArray();
        Set<String> trigrams = new LinkedHashSet<>();
        for (int i = 0; i + 3 <= characters.length; i++) {
            trigrams.add(new String(characters, i, 3));
        }
        return trigrams;
    }
}
