package dev.atrium.plugin.list;

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

    /** The fields of {@code row}'s line; a null is an empty field. */
    public List<Object> values(T row) {
        List<Object> values = new ArrayList<>(columns.size());
        columns.forEach(column -> values.add(column.value().apply(row)));
        return values;
    }
}
