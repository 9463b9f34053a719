package dev.atrium.plugin.list;

import jakarta.persistence.metamodel.SingularAttribute;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The conditions the rows of a {@link KeysetList} must meet, all of them, on the listed entity's static metamodel.
 * A {@link KeysetList} turns them into SQL on the entity's table beside its own {@code tenant_id = ?}; values are
 * always bound, never written into the statement, so every search of one shape is one statement.
 *
 * <pre>{@code
 * ListFilter<Contract> filter = ListFilter.<Contract>all()
 *         .equal(Contract_.status, ContractStatus.ACTIVE)
 *         .containsText(search.q(), Contract_.reference, Contract_.title);
 * }</pre>
 *
 * <p>What the metamodel cannot say (a subquery on a child table) is {@link #sql}: a condition in SQL on the listed
 * table's columns, with {@code ?} for its values.
 *
 * @param <E> the entity listed
 */
public final class ListFilter<E> {

    sealed interface Condition {
    }

    record Equal(SingularAttribute<?, ?> attribute, Object value) implements Condition {
    }

    record Contains(List<SingularAttribute<?, String>> attributes, String pattern) implements Condition {
    }

    record ContainsFolded(List<SingularAttribute<?, String>> attributes, String pattern) implements Condition {
    }

    record Sql(String condition, List<Object> values) implements Condition {
    }

    /**
     * A value of {@link #sql} that binds the tenant the list runs for, so a subquery on another tenant table
     * carries its own {@code tenant_id = ?} (and finds its index, which starts with it).
     */
    public static final Object TENANT = new Object() {
        @Override
        public String toString() {
            return "the list's tenant";
        }
    };

    private final List<Condition> conditions;

    private ListFilter(List<Condition> conditions) {
        this.conditions = List.copyOf(conditions);
    }

    /** No condition: every row of the tenant. */
    public static <E> ListFilter<E> all() {
        return new ListFilter<>(List.of());
    }

    /** Rows whose {@code attribute} is {@code value}, bound as the entity maps it (an enum by its name, say). */
    public ListFilter<E> equal(SingularAttribute<? super E, ?> attribute, Object value) {
        Objects.requireNonNull(attribute, "attribute (is the static metamodel populated yet?)");
        Objects.requireNonNull(value, () -> "value of " + attribute.getName());
        return and(new Equal(attribute, value));
    }

    /** Rows where any of {@code attributes} contains {@code text}, case aside, {@code %} and {@code _} literal. */
    @SafeVarargs
    public final ListFilter<E> containsText(String text, SingularAttribute<? super E, String>... attributes) {
        return and(new Contains(columns("containsText", attributes), likePattern(text)));
    }

    /**
     * Rows where any of {@code attributes} contains {@code text} with accents, case and punctuation aside, as people
     * search: "saint roch" finds "Saint-Roch", "hotel" finds "Hôtel", "c 4" finds "C-4". Both sides are
     * {@linkplain FoldedText folded}, the columns by the database's {@code search_text_folded}; each column is
     * matched on its own, so a term never spans two. A term of punctuation only ("%", "@") folds to nothing and is
     * looked for literally instead, as {@link #containsText} does.
     *
     * <pre>{@code
     * filter = filter.containsFoldedText(search.q(), Contract_.reference, Contract_.title, Contract_.customerName);
     * }</pre>
     *
     * <p>The folded columns are compared row by row among the tenant's rows (no index serves a {@code like} with a
     * leading wildcard under row-level security); for a table of many thousand rows per tenant, keep a folded
     * column with trigrams of its own, as the host's third parties do.
     */
    @SafeVarargs
    public final ListFilter<E> containsFoldedText(String text, SingularAttribute<? super E, String>... attributes) {
        String folded = FoldedText.fold(text);
        if (folded.isEmpty()) {
            return containsText(text, attributes);
        }
        return and(new ContainsFolded(columns("containsFoldedText", attributes), "%" + folded + "%"));
    }

    /**
     * Rows meeting {@code condition}, SQL on the listed table's columns (unqualified; the table keeps its own
     * name, so a subquery may refer to it), with one {@code ?} per value. A value is a string, number, boolean,
     * enum (bound by its name), a collection of strings or of longs (bound as a {@code text[]} or a {@code bigint[]},
     * for {@code = any(?)}) or
     * {@link #TENANT}.
     * Never put a value into {@code condition} itself: the text is part of the statement cache's key.
     */
    public ListFilter<E> sql(String condition, Object... values) {
        long placeholders = condition.chars().filter(c -> c == '?').count();
        if (placeholders != values.length) {
            throw new IllegalArgumentException("The condition has " + placeholders + " placeholders and "
                    + values.length + " values");
        }
        return and(new Sql(condition, Arrays.asList(values)));
    }

    @SafeVarargs
    private static <E> List<SingularAttribute<?, String>> columns(String condition,
            SingularAttribute<? super E, String>... attributes) {
        if (attributes.length == 0) {
            throw new IllegalArgumentException(condition + " needs at least one attribute");
        }
        List<SingularAttribute<?, String>> columns = new ArrayList<>();
        for (SingularAttribute<? super E, String> attribute : attributes) {
            columns.add(Objects.requireNonNull(attribute, "attribute (is the static metamodel populated yet?)"));
        }
        return columns;
    }

    List<Condition> conditions() {
        return conditions;
    }

    private ListFilter<E> and(Condition condition) {
        List<Condition> more = new ArrayList<>(conditions);
        more.add(condition);
        return new ListFilter<>(more);
    }

    /** {@code %text%}, lower-cased, with the LIKE wildcards and the escape character escaped by a backslash. */
    static String likePattern(String text) {
        String term = text.toLowerCase(Locale.ROOT);
        return "%" + term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
