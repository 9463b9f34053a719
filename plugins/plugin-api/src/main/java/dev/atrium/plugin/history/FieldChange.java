package dev.atrium.plugin.history;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One field of a record that changed: its label as a person reads it, and its value before and after as
 * displayed (null when the field was empty). Display values, never secrets: a timeline is read by everyone
 * who may read the record.
 */
public record FieldChange(String field, String before, String after) {

    public FieldChange {
        Objects.requireNonNull(field, "field");
        before = blankToNull(before);
        after = blankToNull(after);
    }

    /**
     * The fields whose display value differs between two snapshots of a record (label → display value), in
     * the order of {@code after}, then those only {@code before} had. A blank value counts as empty, so a field
     * going from absent to blank is no change.
     *
     * <pre>{@code
     * Map<String, String> before = snapshot(contract);
     * contract.rename(title);
     * history.changed("contract", contract.getId(), FieldChange.between(before, snapshot(contract)));
     * }</pre>
     */
    public static List<FieldChange> between(Map<String, String> before, Map<String, String> after) {
        Set<String> fields = new LinkedHashSet<>(after.keySet());
        fields.addAll(before.keySet());
        List<FieldChange> changes = new ArrayList<>();
        for (String field : fields) {
            String was = blankToNull(before.get(field));
            String is = blankToNull(after.get(field));
            if (!Objects.equals(was, is)) {
                changes.add(new FieldChange(field, was, is));
            }
        }
        return List.copyOf(changes);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
