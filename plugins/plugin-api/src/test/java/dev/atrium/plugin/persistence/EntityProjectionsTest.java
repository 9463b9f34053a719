package dev.atrium.plugin.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.Entity;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.data.projection.ProjectionFactory;

class EntityProjectionsTest {

    private final ProjectionFactory views = EntityProjections.factory(EntityProjectionsTest.class.getClassLoader());

    @Entity
    static class Order {
        private String reference = "O-1";
        private boolean urgent = true;
        private List<Line> lines = List.of(new Line("Support", 2), new Line("Visit", 1));

        String getReference() {
            return "#" + reference;
        }
    }

    @Entity
    static class Line {
        private final String description;
        private final int quantity;

        Line(String description, int quantity) {
            this.description = description;
            this.quantity = quantity;
        }
    }

    interface OrderView {
        String getReference();

        boolean isUrgent();

        List<LineView> getLines();
    }

    interface LineView {
        String getDescription();

        int getQuantity();
    }

    interface Broken {
        String getNothing();
    }

    @Test
    void aViewReadsTheEntitysMethodWhenItHasOneElseItsFieldAndProjectsNestedCollections() {
        OrderView view = views.createProjection(OrderView.class, new Order());

        assertThat(view.getReference()).as("the entity's own method wins over its field").isEqualTo("#O-1");
        assertThat(view.isUrgent()).as("a boolean field read through an is- method").isTrue();
        assertThat(view.getLines()).extracting(LineView::getDescription, LineView::getQuantity)
                .as("a list of entities projected element by element")
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Support", 2),
                        org.assertj.core.groups.Tuple.tuple("Visit", 1));
    }

    @Test
    void aViewMethodThatNamesNothingOfTheEntitySaysWhich() {
        Broken broken = views.createProjection(Broken.class, new Order());

        assertThatThrownBy(broken::getNothing).hasMessageContaining("getNothing")
                .hasMessageContaining(Order.class.getName());
    }
}
