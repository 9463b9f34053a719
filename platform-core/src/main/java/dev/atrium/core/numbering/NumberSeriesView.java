package dev.atrium.core.numbering;

import dev.atrium.plugin.numbering.NumberReset;

/**
 * A series as a tenant admin sees it.
 *
 * @param series     the key, e.g. {@code party.customer}
 * @param name       what it numbers
 * @param prefix     what {@code {prefix}} stands for
 * @param pattern    the tenant's pattern
 * @param reset      when the counter starts again
 * @param customized whether the tenant has settings of its own (changed, or numbers taken)
 * @param nextNumber what the next document dated today would get, unless someone takes it first
 */
record NumberSeriesView(String series, String name, String prefix, String pattern, NumberReset reset,
        boolean customized, String nextNumber) {
}
