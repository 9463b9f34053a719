package dev.atrium.core.tax;

import dev.atrium.plugin.problem.FieldError;
import dev.atrium.plugin.problem.StorableText;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A tax rate as created or changed.
 *
 * @param name      1 to 60 characters, unique in the tenant whatever its case
 * @param rate      a percentage from 0 to 100 with at most 4 decimals
 * @param isDefault true to make it the default (the previous default stops being one); absent keeps it as it is
 * @param active    false to deactivate it, true to reactivate it; absent keeps it as it is (active when created)
 * @param version   the version read, when changing (a change made meanwhile is refused)
 */
record TaxRateRequest(@Schema(example = "VAT 20 %", maxLength = TaxRateRequest.MAX_NAME) String name,
        @Schema(example = "20", type = "string", description = "Percent, 0 to 100, at most 4 decimals") BigDecimal rate,
        Boolean isDefault, Boolean active,
        @Schema(description = "The version read; required when changing") Long version) {

    static final int MAX_NAME = 60;
    static final int MAX_DECIMALS = 4;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    TaxRateRequest {
        name = name == null ? null : name.strip();
    }

    /** Every bad field, for one 400 with the service's own findings (a name taken). */
    List<FieldError> errors(boolean change) {
        List<FieldError> errors = new ArrayList<>();
        if (name == null || name.isEmpty()) {
            errors.add(new FieldError("name", "{tax.problem.name-blank}"));
        } else if (name.length() > MAX_NAME) {
            errors.add(new FieldError("name", "{tax.problem.name-long}"));
        } else {
            StorableText.offence(name).ifPresent(offence -> errors.add(new FieldError("name", offence)));
        }
        if (rate == null) {
            errors.add(new FieldError("rate", "{tax.problem.rate-missing}"));
        } else if (rate.signum() < 0 || rate.compareTo(HUNDRED) > 0) {
            errors.add(new FieldError("rate", "{tax.problem.rate-range}"));
        } else if (rate.stripTrailingZeros().scale() > MAX_DECIMALS) {
            errors.add(new FieldError("rate", "{tax.problem.rate-decimals}"));
        }
        if (Boolean.TRUE.equals(isDefault) && Boolean.FALSE.equals(active)) {
            errors.add(new FieldError("active", "{tax.problem.default-inactive}"));
        }
        if (change && version == null) {
            errors.add(new FieldError("version", "{tax.problem.version}"));
        }
        return errors;
    }
}
