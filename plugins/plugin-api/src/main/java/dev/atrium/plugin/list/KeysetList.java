package dev.atrium.plugin.list;

import dev.atrium.plugin.problem.ProblemException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Selection;
import jakarta.persistence.metamodel.SingularAttribute;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.springframework.data.domain.KeysetScrollPosition;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Sort;
import org.springframework.data.domain.Window;
import org.springframework.data.jpa.domain.Specification;

/**
 * A keyset-paginated list of one JPA entity, from one declaration of what it
 * may be sorted by: each public sort key (what {@code sort=name,-createdAt}
 * names) bound to a typed attribute of the static metamodel, and the id that
 * ends every order so it is total. Filters are a {@link Specification}; the
 * list adds the sort, the keyset condition and the page size, for the host's
 * entities and a module's alike.
 *
 * <pre>{@code
 * static final KeysetList<Contract> CONTRACTS = KeysetList.of(Contract.class, TenantScopedEntity_.id)
 *         .key("reference", Contract_.reference)
 *         .key("startDate", Contract_.startDate);
 *
 * ListPage<ContractRow> page(ContractSearch search) {
 *     KeysetRequest request = CONTRACTS.request(search.sort(), search.after(), search.before(), search.size());
 *     return CONTRACTS.page(entityManager, search.filters(), request, ContractRow::of);
 * }
 * }</pre>
 *
 * <p>Every sort key must be a NOT NULL column: a keyset comparison skips
 * rows whose key is null. Each query is marked plan-cacheable; Hibernate 7.4
 * nevertheless translates it again in a tenant's session, whose
 * {@code @TenantId} filter keeps it from its plan cache.
 *
 * @param <E> the entity listed
 */
public final class KeysetList<E> {

    private static final String ID = "id";
    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9]*");

    private final Class<E> type;
    private final Map<String, SingularAttribute<? super E, ?>> keys;

    private KeysetList(Class<E> type, Map<String, SingularAttribute<? super E, ?>> keys) {
        this.type = type;
        this.keys = keys;
    }

    /** A list of {@code type} ordered last by {@code id}, the tiebreak that makes every order total. */
    public static <E> KeysetList<E> of(Class<E> type, SingularAttribute<? super E, Long> id) {
        Map<String, SingularAttribute<? super E, ?>> keys = new LinkedHashMap<>();
        keys.put(ID, id);
        return new KeysetList<>(type, keys);
    }

    /** The same list, sortable also by {@code name}: {@code attribute}, a NOT NULL column. */
    public KeysetList<E> key(String name, SingularAttribute<? super E, ? extends Comparable<?>> attribute) {
        if (!NAME.matcher(name).matches() || keys.containsKey(name)) {
            throw new IllegalArgumentException("Not a new sort key name: " + name);
        }
        Map<String, SingularAttribute<? super E, ?>> more = new LinkedHashMap<>(keys);
        more.put(name, attribute);
        return new KeysetList<>(type, more);
    }

    /**
     * The total order {@code sort} asks for: its keys in turn, each ascending
     * or descending with a leading {@code -}, then the id going the way of the
     * last key, so that {@code -name} reads a (tenant, name, id) index
     * backwards in one sweep.
     *
     * @throws ProblemException a 400 naming {@code sort} when it names a key this list does not have
     */
    public Sort ordering(String sort) {
        List<Sort.Order> requested = new ArrayList<>();
        for (String key : sort.split(",", -1)) {
            String name = key.startsWith("-") ? key.substring(1) : key;
            if (name.equals(ID) || !keys.containsKey(name) || requested.stream().anyMatch(o -> o.getProperty().equals(name))) {
                throw ProblemException.invalidField("sort", "must list keys among " + String.join(", ", sortKeys())
                        + ", comma-separated, each with an optional '-' for descending");
            }
            requested.add(key.startsWith("-") ? Sort.Order.desc(name) : Sort.Order.asc(name));
        }
        return Sort.by(requested).and(Sort.by(requested.getLast().getDirection(), ID));
    }

    /**
     * The page a request asks for: {@code sort}, at most {@code size} rows,
     * after or before the row of a cursor an earlier page handed out.
     *
     * @throws ProblemException a 400 naming {@code sort}, {@code after} or {@code before} when one is not of this list
     */
    public KeysetRequest request(String sort, String after, String before, int size) {
        Map<String, Class<?>> types = new LinkedHashMap<>();
        keys.forEach((name, attribute) -> types.put(name, attribute.getJavaType()));
        return KeysetRequest.of(sort, ordering(sort), types, after, before, size);
    }

    /** The page {@code request} asks for, of the rows {@code filter} keeps (null for all), each mapped. */
    public <T> ListPage<T> page(EntityManager entityManager, Specification<E> filter, KeysetRequest request,
            Function<? super E, T> mapper) {
        return ListPage.of(request, (ordering, position, limit) -> scroll(entityManager, filter, ordering, position,
                limit), mapper::apply);
    }

    /**
     * Hands every row {@code filter} keeps, in the order of {@code sort}, to
     * {@code sink}, reading {@code batch} rows at a time and clearing the
     * persistence context between batches, so an export of any size never
     * sits in memory.
     */
    public void forEach(EntityManager entityManager, Specification<E> filter, String sort, int batch,
            Consumer<? super E> sink) {
        Sort ordering = ordering(sort);
        KeysetScrollPosition position = ScrollPosition.keyset();
        Window<E> window;
        do {
            window = scroll(entityManager, filter, ordering, position, batch);
            window.forEach(sink);
            if (!window.isEmpty()) {
                position = (KeysetScrollPosition) window.positionAt(window.size() - 1);
            }
            entityManager.clear();
        } while (window.hasNext());
    }

    /** The public sort keys, in declaration order; {@code id} is the tiebreak, not one of them. */
    public List<String> sortKeys() {
        return keys.keySet().stream().filter(name -> !name.equals(ID)).toList();
    }

    private Window<E> scroll(EntityManager entityManager, Specification<E> filter, Sort ordering,
            KeysetScrollPosition position, int limit) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Tuple> query = cb.createTupleQuery();
        Root<E> root = query.from(type);
        List<Sort.Order> orders = ordering.toList();
        List<Selection<?>> selections = new ArrayList<>(List.of(root));
        List<Order> orderBy = new ArrayList<>();
        for (Sort.Order order : orders) {
            Path<?> path = root.get(attribute(order.getProperty()));
            selections.add(path);
            orderBy.add(order.isAscending() ? cb.asc(path) : cb.desc(path));
        }
        List<Predicate> where = new ArrayList<>();
        if (filter != null) {
            Predicate filtered = filter.toPredicate(root, query, cb);
            if (filtered != null) {
                where.add(filtered);
            }
        }
        if (!position.getKeys().isEmpty()) {
            where.add(after(cb, root, orders));
        }
        query.multiselect(selections).where(where.toArray(Predicate[]::new)).orderBy(orderBy);
        TypedQuery<Tuple> typed = entityManager.createQuery(query).setMaxResults(limit + 1);
        if (!position.getKeys().isEmpty()) {
            for (int i = 0; i < orders.size(); i++) {
                typed.setParameter(parameterName(i), position.getKeys().get(orders.get(i).getProperty()));
            }
        }
        // Criteria queries skip Hibernate's plan cache unless told; a list runs the same few shapes all day.
        // (Hibernate 7.4 still bypasses it while a filter such as @TenantId's is enabled.)
        typed.unwrap(org.hibernate.query.SelectionQuery.class).setQueryPlanCacheable(true);
        List<Tuple> rows = typed.getResultList();
        boolean hasNext = rows.size() > limit;
        List<Tuple> page = hasNext ? rows.subList(0, limit) : rows;
        List<E> content = page.stream().map(row -> row.get(0, type)).toList();
        return Window.from(content, index -> {
            Map<String, Object> values = new LinkedHashMap<>();
            for (int i = 0; i < orders.size(); i++) {
                values.put(orders.get(i).getProperty(), page.get(index).get(i + 1));
            }
            return ScrollPosition.forward(values);
        }, hasNext);
    }

    /**
     * The rows after the position's: for keys k1..kn, k1 past v1, or k1 at v1
     * and k2 past v2, and so on. Named parameters, so every page of a sort is
     * the same query and its plan is reused.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private Predicate after(CriteriaBuilder cb, Root<E> root, List<Sort.Order> orders) {
        List<Predicate> alternatives = new ArrayList<>();
        for (int i = 0; i < orders.size(); i++) {
            List<Predicate> all = new ArrayList<>();
            for (int j = 0; j <= i; j++) {
                SingularAttribute<? super E, ?> attribute = attribute(orders.get(j).getProperty());
                Expression path = root.get(attribute);
                Expression value = cb.parameter(attribute.getJavaType(), parameterName(j));
                all.add(j < i ? cb.equal(path, value)
                        : orders.get(j).isAscending() ? cb.greaterThan(path, value) : cb.lessThan(path, value));
            }
            alternatives.add(cb.and(all.toArray(Predicate[]::new)));
        }
        return cb.or(alternatives.toArray(Predicate[]::new));
    }

    private SingularAttribute<? super E, ?> attribute(String name) {
        SingularAttribute<? super E, ?> attribute = keys.get(name);
        if (attribute == null) {
            throw new IllegalArgumentException("No sort key " + name + " among " + Arrays.toString(keys.keySet().toArray()));
        }
        return attribute;
    }

    private static String parameterName(int index) {
        return "keyset" + index;
    }
}
