package dev.atrium.core.proposal;

import dev.atrium.core.problem.ProblemTexts;
import dev.atrium.plugin.problem.FieldError;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;

/**
 * A proposal as created or changed. Created, it may carry its first lines; changed, it carries the version read
 * and no lines (they have their own endpoints).
 *
 * @param currency     the document's currency; the party's, else the company's, when absent; fixed once created
 * @param proposalDate today in the company's time zone when absent
 * @param validUntil   {@value #DEFAULT_VALIDITY_DAYS} days after the proposal date when absent
 */
record ProposalRequest(
        @Schema(description = "A third party of yours, active") Long partyId,
        @Schema(example = "EUR") Currency currency,
        LocalDate proposalDate,
        LocalDate validUntil,
        @Schema(maxLength = ProposalRequest.MAX_NOTES) String notes,
        List<LineRequest> lines,
        @Schema(description = "The version read; required when changing") Long version) {

    static final int MAX_NOTES = 4000;
    static final int DEFAULT_VALIDITY_DAYS = 30;

    ProposalRequest {
        notes = notes == null || notes.isBlank() ? null : notes.strip();
        lines = lines == null ? List.of() : lines.stream().filter(Objects::nonNull).toList();
    }

    /** The same request with its lines as {@code resolve} fills each, given its index. */
    ProposalRequest withLines(BiFunction<Integer, LineRequest, LineRequest> resolve) {
        List<LineRequest> filled = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            filled.add(resolve.apply(i, lines.get(i)));
        }
        return new ProposalRequest(partyId, currency, proposalDate, validUntil, notes, filled, version);
    }

    List<FieldError> errors(Currency documentCurrency, LocalDate date, LocalDate until, boolean change) {
        List<FieldError> errors = new ArrayList<>();
        if (partyId == null) {
            errors.add(new FieldError("partyId", "{problem.field.not-blank}"));
        }
        if (until.isBefore(date)) {
            errors.add(new FieldError("validUntil", "{proposal.problem.valid-until}"));
        }
        if (notes != null && notes.length() > MAX_NOTES) {
            errors.add(new FieldError("notes", ProblemTexts.key("problem.field.max-characters", MAX_NOTES)));
        }
        if (change && version == null) {
            errors.add(new FieldError("version", "{proposal.problem.version}"));
        }
        if (change && !lines.isEmpty()) {
            errors.add(new FieldError("lines", "{proposal.problem.lines-endpoint}"));
        }
        for (int i = 0; i < lines.size(); i++) {
            errors.addAll(lines.get(i).errors("lines[" + i + "].", documentCurrency, false));
        }
        return errors;
    }
}
