package dev.atrium.core.tag;

import dev.atrium.plugin.problem.FieldError;
import dev.atrium.plugin.problem.StorableText;
import dev.atrium.plugin.tag.Tags;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.ArrayList;
import java.util.List;

/**
 * A tag as created or changed.
 *
 * @param name    1 to 40 characters, unique in the tenant whatever its case
 * @param colour  one of the palette; grey when absent
 * @param version the version read, when changing (a change made meanwhile is refused)
 */
record TagRequest(@Schema(example = "Key account", maxLength = TagRequest.MAX_NAME) String name,
        @Schema(example = "blue", allowableValues = {"grey", "blue", "green", "amber", "red", "purple"}) String colour,
        @Schema(description = "The version read; required when changing") Long version) {

    static final int MAX_NAME = 40;

    TagRequest {
        colour = colour == null || colour.isBlank() ? "grey" : colour.strip();
    }

    /** Every bad field, for one 400 with the service's own findings (a name taken). */
    List<FieldError> errors(boolean change) {
        List<FieldError> errors = new ArrayList<>();
        String stripped = name == null ? "" : name.strip();
        if (stripped.isEmpty()) {
            errors.add(new FieldError("name", "must not be blank"));
        } else if (stripped.length() > MAX_NAME) {
            errors.add(new FieldError("name", "must be at most " + MAX_NAME + " characters"));
        } else {
            StorableText.offence(stripped).ifPresent(offence -> errors.add(new FieldError("name", offence)));
        }
        if (!Tags.COLOURS.contains(colour)) {
            errors.add(new FieldError("colour", "must be one of " + String.join(", ", Tags.COLOURS)));
        }
        if (change && version == null) {
            errors.add(new FieldError("version", "must be the version read"));
        }
        return errors;
    }
}
