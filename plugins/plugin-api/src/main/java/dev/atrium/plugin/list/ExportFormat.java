package dev.atrium.plugin.list;

import dev.atrium.plugin.problem.ProblemException;

/** What an export is written as: {@code format=csv} or {@code format=xlsx}. */
public enum ExportFormat {

    /** RFC 4180, UTF-8 with a byte order mark, so spreadsheets read the accents right. */
    CSV("csv", "text/csv"),
    /** An Office Open XML workbook of one sheet. */
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final String extension;
    private final String mediaType;

    ExportFormat(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    /**
     * The format a request names ({@code csv} or {@code xlsx}, case aside); CSV when it names none.
     *
     * @throws ProblemException a 400 naming {@code format} when it names another
     */
    public static ExportFormat of(String name) {
        if (name == null || name.isBlank()) {
            return CSV;
        }
        for (ExportFormat format : values()) {
            if (format.extension.equalsIgnoreCase(name.strip())) {
                return format;
            }
        }
        throw ProblemException.invalidField("format", "must be csv or xlsx");
    }

    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }
}
