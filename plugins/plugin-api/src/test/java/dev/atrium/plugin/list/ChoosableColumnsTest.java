package dev.atrium.plugin.list;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ChoosableColumnsTest {

    static final ChoosableColumns VISITS = new ChoosableColumns("visits", List.of("reference", "date", "status"),
            List.of("reference", "date"), Set.of("reference"));

    @Test
    void chosenColumnsComeInTheListsOrderWithThoseAlwaysShownAndWithoutOnesItNoLongerOffers() {
        assertThat(VISITS.inOrder(List.of("status", "gone", "status"))).containsExactly("reference", "status");
        assertThat(VISITS.inOrder(List.of())).containsExactly("reference");
    }

    @Test
    void aDeclarationWhoseDefaultsOrAlwaysShownColumnsAreNotOfferedIsRefused() {
        assertThatIllegalArgumentException().as("a default the list does not offer").isThrownBy(() ->
                new ChoosableColumns("visits", List.of("reference"), List.of("reference", "date"), Set.of()));
        assertThatIllegalArgumentException().as("an always-shown column that is no default").isThrownBy(() ->
                new ChoosableColumns("visits", List.of("reference", "date"), List.of("date"), Set.of("reference")));
        assertThatIllegalArgumentException().as("a list name with upper case").isThrownBy(() ->
                new ChoosableColumns("Visits", List.of("reference"), List.of("reference"), Set.of()));
        assertThatIllegalArgumentException().as("a column offered twice").isThrownBy(() ->
                new ChoosableColumns("visits", List.of("date", "date"), List.of("date"), Set.of()));
        assertThatIllegalArgumentException().as("a column key a page could not name in a bundle").isThrownBy(() ->
                new ChoosableColumns("visits", List.of("tax id"), List.of(), Set.of()));
    }
}
