package dev.atrium.core.numbering;

import dev.atrium.plugin.numbering.NumberPattern;
import dev.atrium.plugin.numbering.NumberReset;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A tenant's settings for one series; the pattern's placeholders are checked
 * by {@link NumberPattern} when it is saved.
 *
 * @param prefix  optional, what {@code {prefix}} stands for
 * @param pattern e.g. {@code {prefix}-{yyyy}-{seq:5}}
 * @param reset   {@code NEVER}, {@code YEARLY} or {@code MONTHLY}
 */
record NumberSeriesRequest(
        @Size(max = NumberPattern.MAX_PREFIX_LENGTH) String prefix,
        @NotBlank @Size(max = NumberPattern.MAX_LENGTH) String pattern,
        @NotNull NumberReset reset) {
}
