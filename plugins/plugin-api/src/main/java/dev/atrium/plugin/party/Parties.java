package dev.atrium.plugin.party;

import java.util.List;
import java.util.Optional;

/**
 * The bound tenant's parties (the core's third parties), for modules. The host
 * implements it; a module injects it into its beans. Every call reads the tenant
 * bound to the thread: another tenant's party is never found.
 *
 * <pre>{@code
 * @Transactional
 * public ContractView register(NewContract request) {
 *     PartyReference customer = parties.requireActiveCustomer(request.partyId());   // 404, 409 or the party
 *     Contract contract = new Contract(request.reference(), customer.id(), customer.name());
 *     ...
 * }
 * }</pre>
 *
 * <p>The refusals are the plugin API's problems, so a module just lets them
 * through and the client gets problem+json:
 * <ul>
 *   <li>{@code 404 not-found}: the tenant has no party with that id;</li>
 *   <li>{@code 409 party-archived}: the party is archived;</li>
 *   <li>{@code 409 party-not-a-customer} / {@code party-not-a-supplier}: it is not one.</li>
 * </ul>
 */
public interface Parties {

    /** The party, or empty when the bound tenant has none with this id. */
    Optional<PartyReference> find(long id);

    /**
     * Parties whose name, code, email or tax id contains {@code text}
     * (case-insensitive; {@code %} and {@code _} taken literally), by name; at
     * most {@code limit} of them (1 to 100). A blank text matches all.
     */
    List<PartyReference> search(String text, int limit);

    /** The party when it is an active customer; otherwise one of the problems above. */
    PartyReference requireActiveCustomer(long id);

    /** The party when it is an active supplier; otherwise one of the problems above. */
    PartyReference requireActiveSupplier(long id);
}
