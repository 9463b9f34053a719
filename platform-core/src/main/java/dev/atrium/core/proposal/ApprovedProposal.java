package dev.atrium.core.proposal;

import java.util.Currency;
import java.util.List;

/** What an approved proposal hands to the document it becomes: its party, currency, notes and lines' figures. */
public record ApprovedProposal(long id, String reference, long partyId, Currency currency, String notes,
        List<LineTerms> lines) {
}
