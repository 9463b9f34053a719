package dev.atrium.core.party;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The third parties a bulk action is for: {@code {"ids":[12,15]}}, at most {@value ThirdPartySearch#MAX_SELECTED}. */
record SelectionRequest(@NotEmpty @Size(max = ThirdPartySearch.MAX_SELECTED) List<@NotNull Long> ids) {
}
