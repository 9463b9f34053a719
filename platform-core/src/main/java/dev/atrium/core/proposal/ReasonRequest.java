package dev.atrium.core.proposal;

import io.swagger.v3.oas.annotations.media.Schema;

/** Why a proposal is rejected: 1 to 1000 characters, kept on the proposal and its timeline. */
record ReasonRequest(@Schema(example = "Chose a cheaper offer", maxLength = ProposalService.MAX_REASON) String reason) {
}
