package dev.atrium.plugin.event;

/**
 * Something that happened in the host, told to every module after its
 * transaction committed. A module hears one with an ordinary Spring
 * {@code @EventListener} on a bean of its context; the event's tenant is bound
 * while the listener runs, and no transaction is open (annotate the listener's
 * service {@code @Transactional} to write). A rolled-back change is never told.
 * A listener that throws is logged and does not stop the others.
 *
 * <pre>{@code
 * @EventListener
 * @Transactional
 * public void on(PartyChanged event) {
 *     contracts.renameCustomer(event.party().id(), event.party().name());
 * }
 * }</pre>
 */
public interface HostEvent {

    /** The tenant it happened to; bound while listeners run. */
    long tenantId();
}
