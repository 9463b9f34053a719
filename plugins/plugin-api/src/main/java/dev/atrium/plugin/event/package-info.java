/**
 * Typed host events a module hears after commit, with the tenant bound; see
 * {@link dev.atrium.plugin.event.HostEvent}.
 */
package dev.atrium.plugin.event;
