package dev.atrium.plugin.list;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.atrium.plugin.problem.ProblemException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What every export shares: picked columns, inert formulas, the format asked for, and a count with a cap. */
class TableExportTest {

    record Line(String code, String name, int amount) {
    }

    private static final CsvColumns<Line> COLUMNS = CsvColumns.<Line>of("code", Line::code).and("name", Line::name)
            .and("amount", Line::amount);

    @Test
    void aFieldPickerChoosesColumnsInItsOrderAndRefusesUnknownOrRepeatedOnes() {
        CsvColumns<Line> picked = COLUMNS.select(List.of("name", "code"));
        assertThat(picked.headers()).containsExactly("name", "code");
        assertThat(picked.values(new Line("C1", "Acme", 3))).containsExactly("Acme", "C1");
        assertThat(COLUMNS.select(List.of()).headers()).as("no pick, every column").hasSize(3);
        assertThat(picked.headers(header -> header.toUpperCase())).containsExactly("NAME", "CODE");
        for (List<String> wrong : List.of(List.of("name", "secret"), List.of("code", "code"))) {
            assertThatThrownBy(() -> COLUMNS.select(wrong)).as("%s", wrong).isInstanceOf(ProblemException.class)
                    .hasMessageContaining("fields").hasMessageContaining("code, name, amount");
        }
    }

    @Test
    void textASpreadsheetWouldRunIsPrefixedAndNothingElse() {
        for (String formula : List.of("=1+1", "+1", "-2", "@SUM(A1)", "\tx", "\rx")) {
            assertThat(TableWriter.inert(formula)).as("%s", formula).isEqualTo("'" + formula);
        }
        assertThat(TableWriter.inert("Acme = good")).isEqualTo("Acme = good");
        assertThat(TableWriter.inert("")).isEmpty();
    }

    @Test
    void theFormatIsNamedByItsExtensionCaseAsideAndCsvWhenNoneIsGiven() {
        assertThat(ExportFormat.of("XLSX")).isEqualTo(ExportFormat.XLSX);
        assertThat(ExportFormat.of(null)).isEqualTo(ExportFormat.CSV);
        assertThatThrownBy(() -> ExportFormat.of("pdf")).isInstanceOf(ProblemException.class)
                .hasMessageContaining("format");
    }

    @Test
    void aCountIsExactUpToItsCapAndAtLeastTheCapBeyond() {
        assertThat(ListCount.of(999, 1000)).isEqualTo(new ListCount(999, true));
        assertThat(ListCount.of(1000, 1000)).isEqualTo(new ListCount(1000, true));
        assertThat(ListCount.of(1001, 1000)).isEqualTo(new ListCount(1000, false));
    }
}
