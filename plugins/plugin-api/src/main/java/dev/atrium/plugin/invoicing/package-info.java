/**
 * Invoicing for modules: {@link dev.atrium.plugin.invoicing.Invoicing} creates draft invoices whose lines carry
 * their {@link dev.atrium.plugin.invoicing.LineSource}, once per idempotency key, and reads where an invoice stands.
 */
package dev.atrium.plugin.invoicing;
