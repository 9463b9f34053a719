package dev.atrium.core.invoice;

import io.swagger.v3.oas.annotations.media.Schema;

/** Why a document is given up, kept with it. */
record AbandonRequest(@Schema(example = "Sent to the wrong customer", maxLength = AbandonRequest.MAX_REASON)
        String reason) {

    static final int MAX_REASON = 500;
}
