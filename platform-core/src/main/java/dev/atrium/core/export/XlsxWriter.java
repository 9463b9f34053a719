package dev.atrium.core.export;

import dev.atrium.plugin.list.TableWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * One sheet written row by row through POI's streaming workbook, which keeps a window of rows in memory and the
 * rest in a temporary file, removed when the workbook is written. Numbers and booleans are cells of their type;
 * everything else is text, made {@linkplain TableWriter#inert inert}: a spreadsheet would run a text cell typed in
 * as a formula no more than a CSV field.
 */
final class XlsxWriter implements TableWriter {

    /** The rows POI keeps in memory; the rest go to its temporary file. */
    private static final int WINDOW = 200;
    /** What Excel holds in a cell. */
    private static final int MAX_CELL = 32_767;

    private final OutputStream out;
    private final SXSSFWorkbook workbook;
    private final SXSSFSheet sheet;
    private int rows;

    XlsxWriter(OutputStream out, List<String> headers) {
        this.out = out;
        this.workbook = new SXSSFWorkbook(WINDOW);
        this.workbook.setCompressTempFiles(true);
        this.sheet = workbook.createSheet("Export");
        CellStyle bold = workbook.createCellStyle();
        Font font = workbook.createFont();
        font.setBold(true);
        bold.setFont(font);
        Row header = sheet.createRow(rows++);
        for (int i = 0; i < headers.size(); i++) {
            Cell cell = header.createCell(i);
            cell.setCellValue(headers.get(i));
            cell.setCellStyle(bold);
        }
        sheet.createFreezePane(0, 1);
    }

    @Override
    public void row(List<?> cells) {
        Row row = sheet.createRow(rows++);
        for (int i = 0; i < cells.size(); i++) {
            Object value = cells.get(i);
            if (value == null) {
                continue;
            }
            Cell cell = row.createCell(i);
            switch (value) {
                case Number number -> cell.setCellValue(number.doubleValue());
                case Boolean yes -> cell.setCellValue(yes);
                case LocalDate date -> cell.setCellValue(date.toString());
                case Instant moment -> cell.setCellValue(moment.toString());
                default -> {
                    String text = TableWriter.inert(value.toString());
                    cell.setCellValue(text.length() > MAX_CELL ? text.substring(0, MAX_CELL) : text);
                }
            }
        }
    }

    @Override
    public void finish() {
        try {
            workbook.write(out);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Removes the temporary file, finished or not. */
    @Override
    public void close() {
        try {
            workbook.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
