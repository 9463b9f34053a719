package dev.atrium.core.party;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where a third party can be written to, for a document sent to it: its contacts that have an email, the primary
 * contact first, then the party's own email.
 */
@Service
public class PartyEmailAddresses {

    private final EntityManager entityManager;

    PartyEmailAddresses(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * One address to offer.
     *
     * @param name    the contact's name, or the party's for its own address
     * @param primary whether it is the primary contact's
     */
    public record EmailAddress(String address, String name, boolean primary) {
    }

    /** The party's addresses, or empty when the bound tenant has no such party. */
    @Transactional(readOnly = true)
    public Optional<List<EmailAddress>> of(long partyId) {
        List<Object[]> party = rows(entityManager.createQuery(
                        "select p.name, p.email from ThirdParty p where p.id = :id")
                .setParameter("id", partyId).getResultList());
        if (party.isEmpty()) {
            return Optional.empty();
        }
        List<EmailAddress> addresses = new ArrayList<>();
        for (Object[] contact : rows(entityManager.createQuery("""
                        select c.name, c.email, c.primary from ThirdParty p join p.contacts c
                        where p.id = :id and c.email is not null order by c.primary desc, lower(c.name), c.id""")
                .setParameter("id", partyId).getResultList())) {
            addresses.add(new EmailAddress((String) contact[1], (String) contact[0], (Boolean) contact[2]));
        }
        String own = (String) party.getFirst()[1];
        if (own != null && addresses.stream().noneMatch(address -> address.address().equalsIgnoreCase(own))) {
            addresses.add(new EmailAddress(own, (String) party.getFirst()[0], false));
        }
        return Optional.of(addresses);
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(List<?> result) {
        return (List<Object[]>) result;
    }
}
