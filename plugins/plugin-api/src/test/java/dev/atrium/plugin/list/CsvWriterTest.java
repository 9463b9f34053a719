package dev.atrium.plugin.list;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class CsvWriterTest {

    @Test
    void fieldsWithSeparatorsQuotesOrLineBreaksAreQuoted() {
        assertThat(CsvWriter.escape("Smith, Jones")).isEqualTo("\"Smith, Jones\"");
        assertThat(CsvWriter.escape("the \"best\"")).isEqualTo("\"the \"\"best\"\"\"");
        assertThat(CsvWriter.escape("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(CsvWriter.escape(null)).isEmpty();
    }

    @Test
    void textThatASpreadsheetWouldRunAsAFormulaIsDisarmed() {
        assertThat(CsvWriter.escape("=HYPERLINK(\"http://evil\")")).as("formula").startsWith("\"'=");
        assertThat(CsvWriter.escape("+33 1 23")).as("leading plus").isEqualTo("'+33 1 23");
        assertThat(CsvWriter.escape("@SUM(A1)")).as("leading at").isEqualTo("'@SUM(A1)");
    }

    @Test
    void numbersKeepTheirSign() {
        assertThat(CsvWriter.escape(new BigDecimal("-12.50"))).isEqualTo("-12.50");
    }
}
