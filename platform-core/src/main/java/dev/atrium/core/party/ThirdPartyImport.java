package dev.atrium.core.party;

import dev.atrium.plugin.problem.ProblemException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Reads a CSV file of third parties into the requests it stands for, every row checked as the API checks a new
 * third party, and nothing written: what a preview shows and an import then creates, all or none. A file is
 * untrusted: at most {@value #MAX_BYTES} bytes and {@value #MAX_ROWS} rows, read by Commons CSV (quotes and line
 * breaks inside fields as spreadsheets write them), comma- or semicolon-separated, a byte order mark skipped.
 * Columns are found by their field ({@code name}) or their header in English or French, as an export writes them,
 * so an exported file comes back in; values likewise ("Customer", "Client", "yes", "oui"). Other columns are left
 * aside.
 */
@Component
class ThirdPartyImport {

    static final int MAX_BYTES = 256 * 1024;
    static final int MAX_ROWS = 500;

    /** The fields an import reads, in the order a preview shows them. */
    static final List<String> FIELDS = List.of("code", "name", "kind", "salesRelation", "supplier", "taxId", "email",
            "phone");

    /** One data row: its line in the file, what it asks for, and what is wrong with it. */
    record Row(long line, Map<String, String> values, ThirdPartyRequest request, List<String> errors) {

        public boolean valid() {
            return errors.isEmpty();
        }
    }

    /** A file's rows; {@code ignored} are the columns it holds that an import does not read. */
    record Preview(List<Row> rows, List<String> ignored) {

        public long valid() {
            return rows.stream().filter(Row::valid).count();
        }

        /** Nothing is imported unless every row is. */
        public boolean importable() {
            return !rows.isEmpty() && rows.stream().allMatch(Row::valid);
        }
    }

    private static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.FRENCH);

    private final MessageSource messages;
    private final Validator validator;

    ThirdPartyImport(MessageSource messages, Validator validator) {
        this.messages = messages;
        this.validator = validator;
    }

    /**
     * The rows of {@code csv}; {@code codeTaken} says whether a third party of the tenant has a code already.
     *
     * @throws ProblemException a 400 naming {@code file} when it is too large, holds too many rows, is no CSV or
     *         has no name column
     */
    Preview read(String csv, Predicate<String> codeTaken) {
        if (csv.length() > MAX_BYTES) {
            throw ProblemException.invalidField("file", "must be at most " + MAX_BYTES / 1024 + " KB");
        }
        String text = csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setDelimiter(delimiter(text)).setHeader()
                .setSkipHeaderRecord(true).setIgnoreEmptyLines(true).setTrim(true).setAllowMissingColumnNames(true)
                .get().parse(new StringReader(text))) {
            Map<String, String> columns = new LinkedHashMap<>();
            List<String> ignored = new ArrayList<>();
            for (String header : parser.getHeaderNames()) {
                String field = field(header);
                if (field == null || columns.containsValue(field)) {
                    ignored.add(header);
                } else {
                    columns.put(header, field);
                }
            }
            if (!columns.containsValue("name")) {
                throw ProblemException.invalidField("file", "must have a header row with a name column");
            }
            List<Row> rows = new ArrayList<>();
            Set<String> codes = new HashSet<>();
            for (CSVRecord record : parser) {
                if (rows.size() == MAX_ROWS) {
                    throw ProblemException.invalidField("file", "must hold at most " + MAX_ROWS + " rows");
                }
                rows.add(row(record, columns, codes, codeTaken));
            }
            return new Preview(rows, ignored);
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException unreadable) {
            throw ProblemException.invalidField("file", "must be a CSV file with a header row");
        }
    }

    private Row row(CSVRecord record, Map<String, String> columns, Set<String> codes, Predicate<String> codeTaken) {
        Map<String, String> values = new LinkedHashMap<>();
        FIELDS.forEach(field -> values.put(field, ""));
        columns.forEach((header, field) -> values.put(field, record.isSet(header) ? record.get(header) : ""));
        List<String> errors = new ArrayList<>();
        ThirdParty.Kind kind = choice(values.get("kind"), ThirdParty.Kind.class, "partylist.kind.", "kind", errors);
        ThirdParty.SalesRelation relation = choice(values.get("salesRelation"), ThirdParty.SalesRelation.class,
                "partylist.relation.", "salesRelation", errors);
        Boolean supplier = yesOrNo(values.get("supplier"), errors);
        ThirdPartyRequest request = new ThirdPartyRequest(null, kind == null ? ThirdParty.Kind.COMPANY : kind,
                blankToNull(values.get("name")), blankToNull(values.get("code")), relation, supplier, null,
                blankToNull(values.get("taxId")), blankToNull(values.get("email")), blankToNull(values.get("phone")),
                null, null, null, null, null, null);
        validator.validate(request).stream()
                .sorted(Comparator.comparing(violation -> FIELDS.indexOf(violation.getPropertyPath().toString())))
                .map(ThirdPartyImport::describe).forEach(errors::add);
        if (request.code() != null && (!codes.add(request.code()) || codeTaken.test(request.code()))) {
            errors.add("code: already used");
        }
        return new Row(record.getRecordNumber() + 1, values, request, List.copyOf(errors));
    }

    private static String describe(ConstraintViolation<ThirdPartyRequest> violation) {
        return violation.getPropertyPath() + ": " + violation.getMessage();
    }

    /** The field a header names: its own name or its export header in a language Atrium speaks, accents aside. */
    private String field(String header) {
        String folded = ThirdPartySearchText.fold(header);
        for (String field : FIELDS) {
            if (folded.equals(ThirdPartySearchText.fold(field))
                    || LANGUAGES.stream().anyMatch(language -> folded.equals(ThirdPartySearchText.fold(
                            messages.getMessage("partylist.field." + field, null, language))))) {
                return field;
            }
        }
        return null;
    }

    /** An enum constant by its name or its label in a language Atrium speaks; null (the default) when empty. */
    private <E extends Enum<E>> E choice(String value, Class<E> type, String labels, String field,
            List<String> errors) {
        if (value.isBlank()) {
            return null;
        }
        String folded = ThirdPartySearchText.fold(value);
        for (E constant : type.getEnumConstants()) {
            if (folded.equals(ThirdPartySearchText.fold(constant.name())) || LANGUAGES.stream().anyMatch(language ->
                    folded.equals(ThirdPartySearchText.fold(messages.getMessage(labels + constant, null, language))))) {
                return constant;
            }
        }
        List<String> allowed = new ArrayList<>();
        for (E constant : type.getEnumConstants()) {
            allowed.add(messages.getMessage(labels + constant, null, Locale.ENGLISH));
        }
        errors.add(field + ": must be one of " + String.join(", ", allowed));
        return null;
    }

    private static Boolean yesOrNo(String value, List<String> errors) {
        return switch (ThirdPartySearchText.fold(value)) {
            case "", "no", "non", "false", "0" -> false;
            case "yes", "oui", "true", "1" -> true;
            default -> {
                errors.add("supplier: must be yes or no");
                yield false;
            }
        };
    }

    /** A semicolon when the header row holds more of them than commas, as spreadsheets set to French write. */
    private static char delimiter(String text) {
        int end = text.indexOf('\n');
        String header = end < 0 ? text : text.substring(0, end);
        return header.chars().filter(c -> c == ';').count() > header.chars().filter(c -> c == ',').count() ? ';' : ',';
    }

    private static String blankToNull(String value) {
        return ThirdParty.blankToNull(value);
    }
}
