package dev.atrium.plugin.list;

import dev.atrium.plugin.problem.ProblemException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.metamodel.SingularAttribute;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.metamodel.mapping.AttributeMapping;
import org.hibernate.metamodel.mapping.BasicValuedModelPart;
import org.hibernate.metamodel.mapping.JdbcMapping;
import org.hibernate.metamodel.mapping.ModelPart;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.type.descriptor.WrapperOptions;
import org.springframework.data.domain.KeysetScrollPosition;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Sort;
import org.springframework.data.domain.Window;

/**
 * A keyset-paginated list of one tenant entity's rows, read straight into a record: the row declared once as a
 * record and the static metamodel attributes that fill its components, in order, and what the list may be sorted
 * by, each public sort key (what {@code sort=name,-createdAt} names) bound to an attribute, the id ending every
 * order so it is total. Filters are a {@link ListFilter}; the list adds the tenant, the sort, the keyset
 * condition and the page size, for the host's entities and a module's alike.
 *
 * <pre>{@code
 * record ContractRow(long id, String reference, LocalDate startDate) {
 * }
 *
 * static final KeysetList<Contract, ContractRow> CONTRACTS = KeysetList.of(Contract.class, TenantScopedEntity_.id,
 *                 ContractRow.class, TenantScopedEntity_.id, Contract_.reference, Contract_.startDate)
 *         .key("reference", Contract_.reference)
 *         .key("startDate", Contract_.startDate);
 *
 * ListPage<ContractRow> page(ContractSearch search) {
 *     KeysetRequest request = CONTRACTS.request(search.sort(), search.after(), search.before(), search.size());
 *     return CONTRACTS.page(entityManager, ListFilter.<Contract>all().equal(Contract_.status, search.status()),
 *             request);
 * }
 * }</pre>
 *
 * <p>The query is SQL on the entity's table, its columns read from Hibernate's mapping of the metamodel, run on
 * the transaction's own connection (so row-level security sees the tenant the transaction set) and always with
 * {@code tenant_id = ?} bound to the session's tenant besides: a list has two walls, and without a tenant it
 * refuses to run. No entity is loaded and no query is translated per request: each statement, one per filter
 * shape, sort and direction, is built once and kept.
 *
 * <p>{@link #countedPage} reads a page and its count without the caller's transaction: in a read-only JDBC
 * transaction of the host's {@link TenantReads}, which binds the tenant for row-level security as every transaction
 * does, with no Hibernate session, the page's statement and the count's sent to the database together in one round
 * trip. A list endpoint calls it from a service method that is not {@code @Transactional}.
 *
 * <p>Every sort key must be a NOT NULL column: a keyset comparison skips rows whose key is null.
 *
 * @param <E> the entity listed
 * @param <R> the record each row is read into
 */
public final class KeysetList<E, R extends Record> {

    private static final String ID = "id";
    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9]*");

    private final Class<E> type;
    private final List<SingularAttribute<? super E, ?>> columns;
    private final Constructor<R> row;
    private final Map<String, SingularAttribute<? super E, ?>> keys;
    /** Per session factory (a test run may hold several), weakly: each has its own mapping objects. */
    private final Map<SessionFactoryImplementor, Table> tables;

    private KeysetList(Class<E> type, List<SingularAttribute<? super E, ?>> columns, Constructor<R> row,
            Map<String, SingularAttribute<? super E, ?>> keys) {
        this.type = type;
        this.columns = columns;
        this.row = row;
        this.keys = keys;
        this.tables = new WeakHashMap<>();
    }

    /**
     * A list of {@code type} ordered last by {@code id}, each row a {@code row} made from {@code columns}: one
     * attribute per record component, in the components' order and of their types.
     *
     * @throws IllegalArgumentException when the columns do not fit the record's components
     */
    @SafeVarargs
    public static <E, R extends Record> KeysetList<E, R> of(Class<E> type, SingularAttribute<? super E, Long> id,
            Class<R> row, SingularAttribute<? super E, ?>... columns) {
        RecordComponent[] components = row.getRecordComponents();
        if (components == null || components.length != columns.length) {
            throw new IllegalArgumentException(row.getName() + " must be a record of " + columns.length
                    + " components, one per column");
        }
        Class<?>[] parameterTypes = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            SingularAttribute<? super E, ?> column = present(columns[i]);
            parameterTypes[i] = components[i].getType();
            if (!boxed(parameterTypes[i]).isAssignableFrom(boxed(column.getJavaType()))) {
                throw new IllegalArgumentException(row.getSimpleName() + "." + components[i].getName() + " is a "
                        + parameterTypes[i].getSimpleName() + ", its column " + column.getName() + " a "
                        + column.getJavaType().getSimpleName());
            }
        }
        try {
            Constructor<R> constructor = row.getDeclaredConstructor(parameterTypes);
            // A feature's row is package-private; the list is in another package.
            constructor.setAccessible(true);
            Map<String, SingularAttribute<? super E, ?>> keys = new LinkedHashMap<>();
            keys.put(ID, present(id));
            return new KeysetList<>(type, List.of(columns), constructor, keys);
        } catch (NoSuchMethodException impossible) {
            throw new IllegalStateException("A record has its canonical constructor", impossible);
        }
    }

    /** The same list, sortable also by {@code name}: {@code attribute}, a NOT NULL column. */
    public KeysetList<E, R> key(String name, SingularAttribute<? super E, ? extends Comparable<?>> attribute) {
        if (!NAME.matcher(name).matches() || keys.containsKey(name)) {
            throw new IllegalArgumentException("Not a new sort key name: " + name);
        }
        Map<String, SingularAttribute<? super E, ?>> more = new LinkedHashMap<>(keys);
        more.put(name, present(attribute));
        return new KeysetList<>(type, columns, row, more);
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
        keys.forEach((name, attribute) -> types.put(name, boxed(attribute.getJavaType())));
        return KeysetRequest.of(sort, ordering(sort), types, after, before, size);
    }

    /** The page {@code request} asks for, of the rows {@code filter} keeps. */
    public ListPage<R> page(EntityManager entityManager, ListFilter<E> filter, KeysetRequest request) {
        return ListPage.of(request, (ordering, position, limit) -> scroll(entityManager, filter, ordering, position,
                limit), Function.identity());
    }

    /**
     * The page {@code request} asks for of the rows {@code filter} keeps, with how many they are up to {@code cap}
     * (as {@link #count} says it), read in one read-only transaction of {@code reads}: the tenant bound in it, the
     * page's statement and the count's sent in one round trip. {@code entityManager} only says how the entity is
     * mapped; no session is opened.
     */
    public ListPage<R> countedPage(EntityManager entityManager, TenantReads reads, ListFilter<E> filter,
            KeysetRequest request, int cap) {
        requireCap(cap);
        SessionFactoryImplementor factory = entityManager.getEntityManagerFactory()
                .unwrap(SessionFactoryImplementor.class);
        Table table = table(factory);
        WrapperOptions options = factory.getWrapperOptions();
        Rendered where = table.render(filter);
        return reads.read((connection, tenant) -> {
            Reading reading = new Reading(connection, tenant, options, table, where);
            ListPage<R> page;
            try {
                // The count goes along with the first statement; going back past the top reads the page again.
                page = ListPage.of(request, (ordering, position, limit) -> scroll(reading, ordering, position, limit,
                        reading.counted == null ? cap : null), Function.identity());
            } catch (UncheckedSql failed) {
                throw failed.getCause();
            }
            return page.withCount(ListCount.of(reading.counted, cap));
        });
    }

    /**
     * Hands every row {@code filter} keeps, in the order of {@code sort}, to
     * {@code sink}, reading {@code batch} rows at a time, so an export of any
     * size never sits in memory.
     */
    public void forEach(EntityManager entityManager, ListFilter<E> filter, String sort, int batch,
            Consumer<? super R> sink) {
        Sort ordering = ordering(sort);
        KeysetScrollPosition position = ScrollPosition.keyset();
        Window<R> window;
        do {
            window = scroll(entityManager, filter, ordering, position, batch);
            window.forEach(sink);
            if (!window.isEmpty()) {
                position = (KeysetScrollPosition) window.positionAt(window.size() - 1);
            }
        } while (window.hasNext());
    }

    /**
     * How many rows {@code filter} keeps, exactly up to {@code cap} and "more than {@code cap}" beyond: the count
     * reads at most {@code cap + 1} rows, so it stays as cheap as a page of that size however large the list.
     */
    public ListCount count(EntityManager entityManager, ListFilter<E> filter, int cap) {
        requireCap(cap);
        SharedSessionContractImplementor session = entityManager.unwrap(SharedSessionContractImplementor.class);
        Object tenant = session.getTenantIdentifierValue();
        if (tenant == null) {
            throw new IllegalStateException("A count of " + type.getSimpleName() + " runs in a tenant's session only");
        }
        Table table = table(session.getFactory());
        Rendered where = table.render(filter);
        String sql = table.counting(where);
        long found = session.doReturningWork(connection -> {
            try (PreparedStatement query = connection.prepareStatement(sql)) {
                int index = bindFilter(query, 1, table, where, tenant, session);
                query.setInt(index, cap + 1);
                try (ResultSet results = query.executeQuery()) {
                    results.next();
                    return results.getLong(1);
                }
            }
        });
        return ListCount.of(found, cap);
    }

    private static void requireCap(int cap) {
        if (cap < 1) {
            throw new IllegalArgumentException("A count's cap is at least 1");
        }
    }

    /** The public sort keys, in declaration order; {@code id} is the tiebreak, not one of them. */
    public List<String> sortKeys() {
        return keys.keySet().stream().filter(name -> !name.equals(ID)).toList();
    }

    /**
     * The statement of one page's query, as it runs: for tests and for an operator's {@code EXPLAIN}, never with
     * values in it.
     */
    public String sql(EntityManager entityManager, ListFilter<E> filter, String sort, boolean resuming) {
        SharedSessionContractImplementor session = entityManager.unwrap(SharedSessionContractImplementor.class);
        Table table = table(session.getFactory());
        return table.statement(table.render(filter), ordering(sort), resuming).sql();
    }

    private Window<R> scroll(EntityManager entityManager, ListFilter<E> filter, Sort ordering,
            KeysetScrollPosition position, int limit) {
        SharedSessionContractImplementor session = entityManager.unwrap(SharedSessionContractImplementor.class);
        Object tenant = session.getTenantIdentifierValue();
        if (tenant == null) {
            throw new IllegalStateException("A list of " + type.getSimpleName() + " runs in a tenant's session only");
        }
        Table table = table(session.getFactory());
        Rendered where = table.render(filter);
        return session.doReturningWork(connection -> {
            try {
                return scroll(new Reading(connection, tenant, session, table, where), ordering, position, limit, null);
            } catch (UncheckedSql failed) {
                throw failed.getCause();
            }
        });
    }

    /**
     * One page's query on {@code reading}'s connection; with a {@code countCap}, the count's query is sent along in
     * the same round trip and its answer left in {@link Reading#counted}.
     */
    private Window<R> scroll(Reading reading, Sort ordering, KeysetScrollPosition position, int limit,
            Integer countCap) {
        Table table = reading.table;
        boolean resuming = !position.getKeys().isEmpty();
        Statement statement = table.statement(reading.where, ordering, resuming);
        String sql = countCap == null ? statement.sql() : statement.sql() + ";\n" + table.counting(reading.where);
        try (PreparedStatement query = reading.connection.prepareStatement(sql)) {
            int index = bindFilter(query, 1, table, reading.where, reading.tenant, reading.options);
            if (resuming) {
                for (Bound key : statement.keyset()) {
                    bind(query, index++, key.column(), position.getKeys().get(key.name()), reading.options);
                }
            }
            query.setInt(index++, limit + 1);
            if (countCap == null) {
                try (ResultSet results = query.executeQuery()) {
                    return read(results, statement, limit, reading.options);
                }
            }
            index = bindFilter(query, index, table, reading.where, reading.tenant, reading.options);
            query.setInt(index, countCap + 1);
            query.execute();
            Window<R> window;
            try (ResultSet results = query.getResultSet()) {
                window = read(results, statement, limit, reading.options);
            }
            if (!query.getMoreResults()) {
                throw new IllegalStateException("The count of " + type.getSimpleName() + " answered nothing");
            }
            try (ResultSet results = query.getResultSet()) {
                results.next();
                reading.counted = results.getLong(1);
            }
            return window;
        } catch (SQLException failed) {
            throw new UncheckedSql(failed);
        }
    }

    /**
     * Binds the tenant and the filter's values from placeholder {@code index} on; answers the next one's index.
     */
    private static int bindFilter(PreparedStatement query, int index, KeysetList<?, ?>.Table table, Rendered where,
            Object tenant, WrapperOptions options) throws SQLException {
        bind(query, index++, table.tenant, tenant, options);
        for (Binding binding : where.bindings()) {
            if (binding.value() == ListFilter.TENANT) {
                bind(query, index++, table.tenant, tenant, options);
            } else {
                bind(query, index++, binding.column(), binding.value(), options);
            }
        }
        return index;
    }

    private Window<R> read(ResultSet results, Statement statement, int limit, WrapperOptions options)
            throws SQLException {
        List<R> rows = new ArrayList<>(limit + 1);
        List<Map<String, Object>> positions = new ArrayList<>(limit + 1);
        Column[] selected = statement.selected();
        while (results.next()) {
            Object[] values = new Object[selected.length];
            for (int i = 0; i < selected.length; i++) {
                values[i] = selected[i].read(results, i + 1, options);
            }
            Object[] arguments = new Object[columns.size()];
            System.arraycopy(values, 0, arguments, 0, arguments.length);
            rows.add(newRow(arguments));
            Map<String, Object> at = new LinkedHashMap<>();
            for (Bound key : statement.keys()) {
                at.put(key.name(), values[key.index()]);
            }
            positions.add(at);
        }
        boolean hasNext = rows.size() > limit;
        List<R> page = hasNext ? rows.subList(0, limit) : rows;
        return Window.from(page, index -> ScrollPosition.forward(positions.get(index)), hasNext);
    }

    private R newRow(Object[] arguments) {
        try {
            return row.newInstance(arguments);
        } catch (InvocationTargetException refused) {
            throw new IllegalStateException("A row of " + row.getDeclaringClass().getSimpleName()
                    + " refused its columns", refused.getCause());
        } catch (ReflectiveOperationException | IllegalArgumentException unfit) {
            throw new IllegalStateException("A row of " + row.getDeclaringClass().getSimpleName()
                    + " does not fit its columns (a null in a primitive?)", unfit);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void bind(PreparedStatement query, int index, Column column, Object value, WrapperOptions options)
            throws SQLException {
        if (column != null) {
            JdbcMapping mapping = column.mapping();
            ((org.hibernate.type.descriptor.ValueBinder) mapping.getJdbcValueBinder())
                    .bind(query, mapping.convertToRelationalValue(value), index, options);
        } else if (value instanceof Enum<?> constant) {
            query.setString(index, constant.name());
        } else if (value instanceof Collection<?> values) {
            boolean numbers = !values.isEmpty() && values.stream().allMatch(Long.class::isInstance);
            query.setArray(index, query.getConnection().createArrayOf(numbers ? "bigint" : "text", values.toArray()));
        } else {
            query.setObject(index, value);
        }
    }

    private Table table(SessionFactoryImplementor factory) {
        synchronized (tables) {
            return tables.computeIfAbsent(factory, this::resolve);
        }
    }

    /** Reads the table and its columns from Hibernate's mapping of the entity, once per session factory. */
    private Table resolve(SessionFactoryImplementor factory) {
        EntityPersister persister = factory.getMappingMetamodel().getEntityDescriptor(type);
        if (persister.getTenantIdMapping() == null) {
            throw new IllegalArgumentException(type.getName() + " has no @TenantId: a KeysetList lists a "
                    + "tenant's rows");
        }
        Column tenant = column(persister.getTenantIdMapping().getAttributeMapping(), "tenant id");
        return new Table(persister, persister.getMappedTableDetails().getTableName(), tenant);
    }

    private static Column column(ModelPart part, String name) {
        if (!(part instanceof BasicValuedModelPart basic)) {
            throw new IllegalArgumentException(name + " is not a single column, which a list can select and sort by");
        }
        return new Column(basic.getSelectionExpression(), basic.getJdbcMapping());
    }

    /** One column of the entity's table, and how Hibernate maps its values (an enum by name, a converter...). */
    private record Column(String name, JdbcMapping mapping) {

        Object read(ResultSet results, int index, WrapperOptions options) throws SQLException {
            return mapping.convertToDomainValue(mapping.getJdbcValueExtractor().extract(results, index, options));
        }
    }

    /**
     * Where one read of the list runs: a connection whose transaction sees {@code tenant}'s rows alone, how values
     * are bound and read, and the filter as rendered for the table; a count sent along lands in {@code counted}.
     */
    private final class Reading {

        private final Connection connection;
        private final Object tenant;
        private final WrapperOptions options;
        private final Table table;
        private final Rendered where;
        private Long counted;

        Reading(Connection connection, Object tenant, WrapperOptions options, Table table, Rendered where) {
            this.connection = connection;
            this.tenant = tenant;
            this.options = options;
            this.table = table;
            this.where = where;
        }
    }

    /** A statement's failure, carried through the page's callback, which may not throw it as it is. */
    private static final class UncheckedSql extends RuntimeException {

        UncheckedSql(SQLException cause) {
            super(cause);
        }

        @Override
        public synchronized SQLException getCause() {
            return (SQLException) super.getCause();
        }
    }

    /** A value of the filter, bound as its column maps it, or as is when it belongs to hand-written SQL. */
    private record Binding(Column column, Object value) {
    }

    private record Rendered(String sql, List<Binding> bindings) {
    }

    /** A sort key among the selected columns, at {@code index}; or, in {@code keyset}, one value to bind. */
    private record Bound(String name, Column column, int index) {
    }

    /** The cache's key: the filter's SQL (values bound, so one per shape), the order and whether it resumes. */
    private record Shape(String filter, Sort ordering, boolean resuming) {
    }

    private record Statement(String sql, Column[] selected, List<Bound> keys, List<Bound> keyset) {
    }

    private final class Table {

        private final EntityPersister persister;
        private final String name;
        private final Column tenant;
        private final ConcurrentMap<String, Column> byAttribute = new ConcurrentHashMap<>();
        private final ConcurrentMap<Shape, Statement> statements = new ConcurrentHashMap<>();
        private final ConcurrentMap<String, String> counts = new ConcurrentHashMap<>();

        Table(EntityPersister persister, String name, Column tenant) {
            this.persister = persister;
            this.name = name;
            this.tenant = tenant;
        }

        Column column(SingularAttribute<?, ?> attribute) {
            return byAttribute.computeIfAbsent(attribute.getName(), attributeName -> {
                if (attribute.isId()) {
                    return KeysetList.column(persister.getIdentifierMapping(), attributeName);
                }
                AttributeMapping mapping = persister.findAttributeMapping(attributeName);
                if (mapping == null) {
                    throw new IllegalArgumentException(type.getSimpleName() + " has no attribute " + attributeName);
                }
                return KeysetList.column(mapping, attributeName);
            });
        }

        Rendered render(ListFilter<E> filter) {
            if (filter == null || filter.conditions().isEmpty()) {
                return new Rendered("", List.of());
            }
            StringBuilder sql = new StringBuilder();
            List<Binding> bindings = new ArrayList<>();
            for (ListFilter.Condition condition : filter.conditions()) {
                sql.append(" and ");
                switch (condition) {
                    case ListFilter.Equal equal -> {
                        Column column = column(equal.attribute());
                        sql.append(column.name()).append(" = ?");
                        bindings.add(new Binding(column, equal.value()));
                    }
                    case ListFilter.Contains contains -> {
                        sql.append('(');
                        for (int i = 0; i < contains.attributes().size(); i++) {
                            sql.append(i == 0 ? "" : " or ").append("lower(")
                                    .append(column(contains.attributes().get(i)).name()).append(") like ? escape '\\'");
                            bindings.add(new Binding(null, contains.pattern()));
                        }
                        sql.append(')');
                    }
                    case ListFilter.ContainsFolded contains -> {
                        sql.append('(');
                        for (int i = 0; i < contains.attributes().size(); i++) {
                            sql.append(i == 0 ? "" : " or ").append("search_text_folded(")
                                    .append(column(contains.attributes().get(i)).name()).append(") like ?");
                            bindings.add(new Binding(null, contains.pattern()));
                        }
                        sql.append(')');
                    }
                    case ListFilter.Sql hand -> {
                        sql.append('(').append(hand.condition()).append(')');
                        hand.values().forEach(value -> bindings.add(new Binding(null, value)));
                    }
                }
            }
            return new Rendered(sql.toString(), bindings);
        }

        /** {@code select count(*) from (select 1 from <table> where tenant_id = ? and <filter> limit ?) kept}. */
        String counting(Rendered where) {
            return counts.computeIfAbsent(where.sql(), filter -> "select count(*) from (select 1 from " + name
                    + " where " + tenant.name() + " = ?" + filter + " limit ?) kept");
        }

        Statement statement(Rendered where, Sort ordering, boolean resuming) {
            return statements.computeIfAbsent(new Shape(where.sql(), ordering, resuming),
                    shape -> build(shape, ordering));
        }

        /**
         * {@code select <row's columns, then any sort key not among them> from <table> where tenant_id = ? and
         * <filter> and <after the cursor> order by <keys> limit ?}. After the cursor is a row comparison
         * {@code (k1, k2) > (?, ?)}, which an index on the keys reads as one range, when every key goes one way;
         * for a mixed order it is spelled out: k1 past v1, or k1 at v1 and k2 past v2, and so on.
         */
        private Statement build(Shape shape, Sort ordering) {
            List<Column> selected = new ArrayList<>();
            columns.forEach(attribute -> selected.add(column(attribute)));
            List<Bound> sortKeys = new ArrayList<>();
            for (Sort.Order order : ordering) {
                Column column = column(keys.get(order.getProperty()));
                int index = selected.indexOf(column);
                if (index < 0) {
                    selected.add(column);
                    index = selected.size() - 1;
                }
                sortKeys.add(new Bound(order.getProperty(), column, index));
            }
            StringBuilder sql = new StringBuilder("select ");
            for (int i = 0; i < selected.size(); i++) {
                sql.append(i == 0 ? "" : ", ").append(selected.get(i).name());
            }
            sql.append(" from ").append(name).append(" where ").append(tenant.name()).append(" = ?")
                    .append(shape.filter());
            List<Bound> keyset = new ArrayList<>();
            List<Sort.Order> orders = ordering.toList();
            if (shape.resuming()) {
                sql.append(" and ");
                boolean oneWay = orders.stream().map(Sort.Order::getDirection).distinct().count() == 1;
                if (oneWay) {
                    StringBuilder values = new StringBuilder();
                    sql.append('(');
                    for (int i = 0; i < sortKeys.size(); i++) {
                        sql.append(i == 0 ? "" : ", ").append(sortKeys.get(i).column().name());
                        values.append(i == 0 ? "?" : ", ?");
                        keyset.add(sortKeys.get(i));
                    }
                    sql.append(orders.getFirst().isAscending() ? ") > (" : ") < (").append(values).append(')');
                } else {
                    sql.append('(');
                    for (int i = 0; i < sortKeys.size(); i++) {
                        sql.append(i == 0 ? "(" : " or (");
                        for (int j = 0; j <= i; j++) {
                            sql.append(j == 0 ? "" : " and ").append(sortKeys.get(j).column().name())
                                    .append(j < i ? " = ?" : orders.get(j).isAscending() ? " > ?" : " < ?");
                            keyset.add(sortKeys.get(j));
                        }
                        sql.append(')');
                    }
                    sql.append(')');
                }
            }
            sql.append(" order by ");
            for (int i = 0; i < sortKeys.size(); i++) {
                sql.append(i == 0 ? "" : ", ").append(sortKeys.get(i).column().name())
                        .append(orders.get(i).isAscending() ? " asc" : " desc");
            }
            sql.append(" limit ?");
            return new Statement(sql.toString(), selected.toArray(Column[]::new), List.copyOf(sortKeys),
                    List.copyOf(keyset));
        }
    }

    private static <T> T present(T attribute) {
        return Objects.requireNonNull(attribute, "A metamodel attribute is null: the static metamodel is populated "
                + "when the persistence unit starts, declare the list where it is first read after that");
    }

    private static Class<?> boxed(Class<?> type) {
        if (!type.isPrimitive()) {
            return type;
        }
        return switch (type.getName()) {
            case "long" -> Long.class;
            case "int" -> Integer.class;
            case "boolean" -> Boolean.class;
            case "double" -> Double.class;
            case "float" -> Float.class;
            case "short" -> Short.class;
            case "byte" -> Byte.class;
            case "char" -> Character.class;
            default -> Void.class;
        };
    }
}
