package dev.atrium.core.proposal;

import dev.atrium.plugin.problem.FieldError;
import dev.atrium.plugin.problem.ProblemException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A line as a page's form posts it: every field as typed, so a number that is not one comes back as that field's
 * error beside what was typed, never as an error page.
 */
public record LineForm(String productId, String label, String description, String quantity, String unit,
        String unitPrice, String discountPercent, String taxRate, String taxName, String taxRateId, String version) {

    /** The request these fields make; a 400 naming each field that is not a number. */
    public LineRequest request() {
        List<FieldError> errors = new ArrayList<>();
        BigDecimal parsedQuantity = decimal("quantity", quantity, errors);
        BigDecimal parsedDiscount = decimal("discountPercent", discountPercent, errors);
        BigDecimal parsedRate = decimal("taxRate", taxRate, errors);
        BigDecimal parsedVersion = decimal("version", version, errors);
        BigDecimal parsedProduct = decimal("productId", productId, errors);
        BigDecimal parsedRateId = decimal("taxRateId", taxRateId, errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalidFields(errors);
        }
        return new LineRequest(parsedProduct == null ? null : parsedProduct.longValue(), label, description,
                parsedQuantity, unit, unitPrice == null ? null : unitPrice.strip().replace(',', '.'), parsedDiscount,
                parsedRate, taxName, parsedRateId == null ? null : parsedRateId.longValue(),
                parsedVersion == null ? null : parsedVersion.longValue());
    }

    /** What was typed, by field name, to fill the form again after a refusal. */
    public Map<String, String> typed() {
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put("label", label);
        typed.put("description", description);
        typed.put("quantity", quantity);
        typed.put("unit", unit);
        typed.put("unitPrice", unitPrice);
        typed.put("discountPercent", discountPercent);
        typed.put("taxRate", taxRate);
        typed.put("taxName", taxName);
        typed.put("taxRateId", taxRateId);
        typed.put("productId", productId);
        return typed;
    }

    /** A decimal as people type it, with a comma or a point. */
    private static BigDecimal decimal(String field, String text, List<FieldError> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.strip().replace(',', '.'));
        } catch (NumberFormatException notANumber) {
            errors.add(new FieldError(field, "{problem.field.type.bigdecimal}"));
            return null;
        }
    }
}
