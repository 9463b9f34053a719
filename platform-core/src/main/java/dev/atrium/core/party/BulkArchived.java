package dev.atrium.core.party;

import java.util.List;

/** What a bulk archive did: the third parties it archived, all that were asked for. */
record BulkArchived(List<Long> archived) {
}
