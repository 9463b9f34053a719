package dev.atrium.core.party;

import java.util.List;

/** What an import read, row by row, and the third parties it created (none on a dry run). */
record ImportAnswer(List<ImportedRow> rows, List<Long> imported) {

    /** A row by its line in the file, the name it gives and what is wrong with it (nothing, for a good one). */
    record ImportedRow(long line, String name, List<String> errors) {
    }

    static ImportAnswer of(ThirdPartyImport.Preview preview, List<Long> imported) {
        return new ImportAnswer(preview.rows().stream()
                .map(row -> new ImportedRow(row.line(), row.values().get("name"), row.errors())).toList(), imported);
    }
}
