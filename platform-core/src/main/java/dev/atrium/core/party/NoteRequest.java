package dev.atrium.core.party;

import dev.atrium.plugin.history.RecordHistory;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A note a person leaves on a third party's timeline. */
record NoteRequest(@NotBlank @Size(max = RecordHistory.MAX_NOTE) String text) {

    static NoteRequest empty() {
        return new NoteRequest(null);
    }
}
