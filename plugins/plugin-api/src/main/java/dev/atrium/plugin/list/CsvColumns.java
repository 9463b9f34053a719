package dev.atrium.plugin.list;

import dev.atrium.plugin.problem.ProblemException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The columns of a CSV export, each declared once as its header and how a row gives its value.
 *
 * <pre>{@code
 * static final CsvColumns<ContractRow> COLUMNS = CsvColumns.of("reference", ContractRow::reference)
 *         .and("customer", ContractRow::customerName)
 *         .and("start_date", ContractRow::startDate);
 *
 * Consumer<ContractRow> csv = CsvWriter.download(response, "contracts.csv", COLUMNS);
 * }</pre>
 *
 * @param <T> what one line is made from
 */
public final class CsvColumns<T> {

    private record Column<T>(String header, Function<? super T, ?> value) {
    }

    private final List<Column<T>> columns;

    private CsvColumns(List<Column<T>> columns) {
        this.columns = List.copyOf(columns);
    }

    public static <T> CsvColumns<T> of(String header, Function<? super T, ?> value) {
        return new CsvColumns<T>(List.of()).and(header, value);
    }

    public CsvColumns<T> and(String header, Function<? super T, ?> value) {
        List<Column<T>> more = new ArrayList<>(columns);
        more.add(new Column<>(header, value));
        return new CsvColumns<>(more);
    }

    public List<String> headers() {
        return columns.stream().map(Column::header).toList();
    }

    /** The headers as a person reads them: {@code label} of each declared header ({@code code} → "Code"). */
    public List<String> headers(Function<String, String> label) {
        return columns.stream().map(column -> label.apply(column.header())).toList();
    }

    /**
     * The columns {@code fields} names, in its order, for an export's field picker ({@code fields=code,name}); all
     * of them when it is empty.
     *
     * @throws ProblemException a 400 naming {@code fields} when it names a column twice or one there is not
     */
    public CsvColumns<T> select(List<String> fields) {
        if (fields == null || fields.isEmpty()) {
            return this;
        }
        List<Column<T>> chosen = new ArrayList<>();
        for (String field : fields) {
            Column<T> column = columns.stream().filter(c -> c.header().equals(field)).findFirst().orElse(null);
            if (column == null || chosen.contains(column)) {
                throw ProblemException.invalidField("fields", "must list fields among " + String.join(", ", headers())
                        + ", comma-separated, each once");
            }
            chosen.add(column);
        }
        return new CsvColumns<>(chosen);
    }

    /** The fields of {@code row}'s line; a null is an empty field. */
    public List<Object> values(T row) {
        List<Object> values = new ArrayList<>(columns.size());
        columns.forEach(column -> values.add(column.value().apply(row)));
        return values;
    }
}
