package dev.atrium.core.party;

import dev.atrium.core.company.CompanyCountry;
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
import java.util.stream.Stream;
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
 * so an exported file comes back in; values likewise ("Customer", "Client", "yes", "oui"). A row may bring a billing
 * address (street, postcode, city, country: an ISO 3166 code or a country's name in English or French, the
 * company's country when left empty) and a primary contact (name, email, phone) when the file has those columns
 * and the row fills them. Other columns are left aside.
 */
@Component
class ThirdPartyImport {

    static final int MAX_BYTES = 256 * 1024;
    static final int MAX_ROWS = 500;

    /** The third party's own fields, which a preview always shows, in its order. */
    static final List<String> FIELDS = List.of("code", "name", "kind", "salesRelation", "supplier", "taxId", "email",
            "phone");
    /** The address's fields; a row fills in an address when it gives one of them. */
    static final List<String> ADDRESS_FIELDS = List.of("street", "postalCode", "city", "country");
    /** The primary contact's fields; a row names a contact when it gives one of them. */
    static final List<String> CONTACT_FIELDS = List.of("contactName", "contactEmail", "contactPhone");
    /** Every field an import reads. */
    static final List<String> ALL_FIELDS = Stream.of(FIELDS, ADDRESS_FIELDS, CONTACT_FIELDS).flatMap(List::stream)
            .toList();

    /** Where a refusal of the request's address or contact points, by the column it came from. */
    private static final Map<String, String> NESTED_FIELDS = Map.of("addresses[0].line1", "street",
            "addresses[0].postalCode", "postalCode", "addresses[0].city", "city", "addresses[0].country", "country",
            "contacts[0].name", "contactName", "contacts[0].email", "contactEmail", "contacts[0].phone",
            "contactPhone");

    /** One data row: its line in the file, what it asks for, and what is wrong with it. */
    record Row(long line, Map<String, String> values, ThirdPartyRequest request, List<String> errors) {

        public boolean valid() {
            return errors.isEmpty();
        }
    }

    /**
     * A file's rows; {@code fields} are those a preview shows (the third party's, and the address's and contact's
     * the file holds), {@code ignored} the columns it holds that an import does not read.
     */
    record Preview(List<Row> rows, List<String> fields, List<String> ignored) {

        public long valid() {
            return rows.stream().filter(Row::valid).count();
        }

        /** Nothing is imported unless every row is. */
        public boolean importable() {
            return !rows.isEmpty() && rows.stream().allMatch(Row::valid);
        }
    }

    private static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.FRENCH);
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private final MessageSource messages;
    private final Validator validator;
    private final CompanyCountry companyCountry;

    ThirdPartyImport(MessageSource messages, Validator validator, CompanyCountry companyCountry) {
        this.messages = messages;
        this.validator = validator;
        this.companyCountry = companyCountry;
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
            String defaultCountry = companyCountry.country().orElse(null);
            for (CSVRecord record : parser) {
                if (rows.size() == MAX_ROWS) {
                    throw ProblemException.invalidField("file", "must hold at most " + MAX_ROWS + " rows");
                }
                rows.add(row(record, columns, codes, codeTaken, defaultCountry));
            }
            List<String> shown = ALL_FIELDS.stream()
                    .filter(field -> FIELDS.contains(field) || columns.containsValue(field)).toList();
            return new Preview(rows, shown, ignored);
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException unreadable) {
            throw ProblemException.invalidField("file", "must be a CSV file with a header row");
        }
    }

    private Row row(CSVRecord record, Map<String, String> columns, Set<String> codes, Predicate<String> codeTaken,
            String defaultCountry) {
        Map<String, String> values = new LinkedHashMap<>();
        ALL_FIELDS.forEach(field -> values.put(field, ""));
        columns.forEach((header, field) -> values.put(field, record.isSet(header) ? record.get(header) : ""));
        List<String> errors = new ArrayList<>();
        ThirdParty.Kind kind = choice(values.get("kind"), ThirdParty.Kind.class, "partylist.kind.", "kind", errors);
        ThirdParty.SalesRelation relation = choice(values.get("salesRelation"), ThirdParty.SalesRelation.class,
                "partylist.relation.", "salesRelation", errors);
        Boolean supplier = yesOrNo(values.get("supplier"), errors);
        ThirdPartyRequest request = new ThirdPartyRequest(null, kind == null ? ThirdParty.Kind.COMPANY : kind,
                blankToNull(values.get("name")), blankToNull(values.get("code")), relation, supplier, null,
                blankToNull(values.get("taxId")), blankToNull(values.get("email")), blankToNull(values.get("phone")),
                null, null, null, null, contact(values), address(values, defaultCountry, errors));
        boolean countryRefused = errors.stream().anyMatch(error -> error.startsWith("country:"));
        validator.validate(request).stream()
                .filter(violation -> !(countryRefused && column(violation).equals("country")))
                .sorted(Comparator.comparing(violation -> ALL_FIELDS.indexOf(column(violation))))
                .map(violation -> column(violation) + ": " + violation.getMessage()).forEach(errors::add);
        if (request.code() != null && (!codes.add(request.code()) || codeTaken.test(request.code()))) {
            errors.add("code: already used");
        }
        return new Row(record.getRecordNumber() + 1, values, request, List.copyOf(errors));
    }

    /** The column a refusal is about: the request's field, or the address's or contact's column it came from. */
    private static String column(ConstraintViolation<ThirdPartyRequest> violation) {
        String path = violation.getPropertyPath().toString();
        return NESTED_FIELDS.getOrDefault(path, path);
    }

    /** The row's primary contact, when it names one. */
    private static List<ContactRequest> contact(Map<String, String> values) {
        if (CONTACT_FIELDS.stream().allMatch(field -> values.get(field).isBlank())) {
            return null;
        }
        return List.of(new ContactRequest(null, blankToNull(values.get("contactName")), null,
                blankToNull(values.get("contactEmail")), blankToNull(values.get("contactPhone")), true));
    }

    /** The row's billing address, when it gives one, in the company's country unless it names another. */
    private List<AddressRequest> address(Map<String, String> values, String defaultCountry, List<String> errors) {
        if (ADDRESS_FIELDS.stream().allMatch(field -> values.get(field).isBlank())) {
            return null;
        }
        String country = values.get("country").isBlank() ? defaultCountry : country(values.get("country"), errors);
        return List.of(new AddressRequest(null, Address.Kind.BILLING, blankToNull(values.get("street")), null,
                blankToNull(values.get("postalCode")), blankToNull(values.get("city")), null, country));
    }

    /**
     * An ISO 3166 code ("fr" too), or the country a name means in a language Atrium speaks ("France", "Belgique",
     * accents and case aside); otherwise a refusal naming the column, and the value as it was.
     */
    private static String country(String value, List<String> errors) {
        String code = value.strip().toUpperCase(Locale.ROOT);
        if (COUNTRIES.contains(code)) {
            return code;
        }
        String folded = ThirdPartySearchText.fold(value);
        for (String candidate : COUNTRIES) {
            if (LANGUAGES.stream().anyMatch(language ->
                    folded.equals(ThirdPartySearchText.fold(Locale.of("", candidate).getDisplayCountry(language))))) {
                return candidate;
            }
        }
        errors.add("country: must be an ISO 3166 code such as FR or a country's name");
        return value.strip();
    }

    /** The field a header names: its own name or its export header in a language Atrium speaks, accents aside. */
    private String field(String header) {
        String folded = ThirdPartySearchText.fold(header);
        for (String field : ALL_FIELDS) {
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
