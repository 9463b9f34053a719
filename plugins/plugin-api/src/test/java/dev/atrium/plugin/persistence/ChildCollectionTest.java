package dev.atrium.plugin.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.atrium.plugin.problem.NotFoundException;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChildCollectionTest {

    static final class Line extends TenantScopedEntity {
        String text;

        Line(String text) {
            this.text = text;
        }
    }

    final List<Line> lines = new ArrayList<>();
    final List<String> ruled = new ArrayList<>();
    final ChildCollection<Line, String> collection = new ChildCollection<>(lines, "Line", Line::new,
            (line, text) -> line.text = text, line -> ruled.add(line.text));

    @Test
    void addingAndChangingGoThroughTheRootsRuleAndRemovingTakesTheChildOut() throws Exception {
        Line first = saved(collection.add("first"), 1);
        saved(collection.add("second"), 2);

        assertThat(collection.change(1, "changed")).isSameAs(first);
        collection.remove(2);

        assertThat(lines).extracting(line -> line.text).containsExactly("changed");
        assertThat(ruled).as("what the root's rule saw").containsExactly("first", "second", "changed");
    }

    @Test
    void aChildIsFoundAmongTheseChildrenAloneElseItIsNotFound() throws Exception {
        saved(collection.add("mine"), 1);
        Line elsewhere = saved(new Line("another aggregate's"), 2);

        assertThat(collection.find(1).text).isEqualTo("mine");
        for (long id : new long[] {elsewhere.getId(), 99}) {
            assertThatThrownBy(() -> collection.change(id, "taken")).as("child %d", id)
                    .isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> collection.remove(id)).isInstanceOf(NotFoundException.class);
        }
        assertThat(elsewhere.text).isEqualTo("another aggregate's");
    }

    /** As Hibernate does on flush. */
    private static Line saved(Line line, long id) throws Exception {
        Field field = TenantScopedEntity.class.getDeclaredField("id");
        field.setAccessible(true);
        field.set(line, id);
        return line;
    }
}
