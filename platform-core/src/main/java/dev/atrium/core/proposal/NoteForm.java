package dev.atrium.core.proposal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A note a person adds to a document's timeline from its page. */
public record NoteForm(@NotBlank @Size(max = 2000) String text) {

    public static NoteForm empty() {
        return new NoteForm(null);
    }
}
