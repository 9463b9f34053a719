package dev.atrium.plugin.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FieldChangeTest {

    @Test
    void theDiffOfTwoSnapshotsListsOnlyTheFieldsThatChanged() {
        Map<String, String> before = new LinkedHashMap<>();
        before.put("Name", "Acme");
        before.put("Email", "a@x.test");
        before.put("Phone", null);
        before.put("Fax", "01 23");
        Map<String, String> after = new LinkedHashMap<>();
        after.put("Name", "Acme");
        after.put("Email", "b@x.test");
        after.put("Phone", " ");
        after.put("Website", "https://acme.test");

        assertThat(FieldChange.between(before, after)).as("changed, added and removed fields; blank is empty")
                .containsExactly(new FieldChange("Email", "a@x.test", "b@x.test"),
                        new FieldChange("Website", null, "https://acme.test"),
                        new FieldChange("Fax", "01 23", null));
    }

    @Test
    void identicalSnapshotsHaveNoChange() {
        assertThat(FieldChange.between(Map.of("Name", "Acme"), Map.of("Name", "Acme "))).as("no change").isEmpty();
    }
}
