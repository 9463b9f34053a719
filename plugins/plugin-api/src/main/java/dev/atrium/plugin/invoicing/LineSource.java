package dev.atrium.plugin.invoicing;

import java.time.LocalDate;

/**
 * Where an invoice line came from: kept on the line, frozen with it at validation, so the invoice tells which
 * module line and period it billed.
 *
 * @param moduleKey    the billing module's key, such as {@code contracts}
 * @param sourceLineId the id of the module's line it bills
 * @param periodStart  the first day billed, {@code null} for a one-off
 * @param periodEnd    the last day billed, on or after {@code periodStart}; {@code null} for a one-off
 */
public record LineSource(String moduleKey, long sourceLineId, LocalDate periodStart, LocalDate periodEnd) {
}
