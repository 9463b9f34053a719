package dev.atrium.plugin.numbering;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A document number's pattern, such as {@code {prefix}-{yyyy}-{seq:5}}:
 * literal text and placeholders that our code substitutes. Nothing in it is
 * ever evaluated, so a tenant's pattern can do nothing but produce a number.
 *
 * <table>
 *   <caption>Placeholders</caption>
 *   <tr><td>{@code {prefix}}</td><td>the series' prefix, e.g. {@code INV}</td></tr>
 *   <tr><td>{@code {yyyy}}, {@code {yy}}</td><td>the document date's year, 4 or 2 digits</td></tr>
 *   <tr><td>{@code {mm}}</td><td>its month, 2 digits</td></tr>
 *   <tr><td>{@code {seq:N}}</td><td>the counter, zero-padded to N digits (1 to 10); exactly once</td></tr>
 *   <tr><td>{@code {00000}}</td><td>the same counter written as its width in zeros, as invoices print it:
 *       {@code INV-{yyyy}-{00000}} is {@code INV-{yyyy}-{seq:5}}</td></tr>
 * </table>
 *
 * <p>Literal text is letters, digits and {@code - _ . /}; anything else, an
 * unknown placeholder or a stray brace is refused by {@link #parse(String)}.
 */
public final class NumberPattern {

    public static final int MAX_LENGTH = 40;
    public static final int MAX_PREFIX_LENGTH = 10;
    static final String PLACEHOLDERS = "{prefix}, {yyyy}, {yy}, {mm} and {seq:N}";

    private static final Pattern TOKEN = Pattern.compile("\\{([^{}]*)}|[A-Za-z0-9._/-]+");
    private static final Pattern SEQUENCE = Pattern.compile("seq:(\\d{1,2})");
    /** {@code {00000}}: the counter's width as zeros, the way the pattern reads on paper. */
    private static final Pattern ZEROS = Pattern.compile("0{1,11}");
    private static final Pattern PREFIX = Pattern.compile("[A-Za-z0-9._/-]{0," + MAX_PREFIX_LENGTH + "}");
    private static final Set<String> DATE_PLACEHOLDERS = Set.of("yyyy", "yy", "mm");

    private sealed interface Part permits Literal, Placeholder, Sequence {
    }

    private record Literal(String text) implements Part {
    }

    private record Placeholder(String name) implements Part {
    }

    private record Sequence(int width) implements Part {
    }

    private final String source;
    private final List<Part> parts;

    private NumberPattern(String source, List<Part> parts) {
        this.source = source;
        this.parts = List.copyOf(parts);
    }

    /** Reads {@code pattern}, refusing anything it does not know. */
    public static NumberPattern parse(String pattern) {
        if (pattern == null || pattern.isBlank()) {
            throw new InvalidNumberPatternException("pattern", "must not be blank");
        }
        if (pattern.length() > MAX_LENGTH) {
            throw new InvalidNumberPatternException("pattern", "must be at most " + MAX_LENGTH + " characters");
        }
        List<Part> parts = new ArrayList<>();
        Matcher token = TOKEN.matcher(pattern);
        int at = 0;
        int sequences = 0;
        while (at < pattern.length()) {
            if (!token.find(at) || token.start() != at) {
                char bad = pattern.charAt(at);
                throw new InvalidNumberPatternException("pattern", bad == '{' || bad == '}'
                        ? "has an unclosed or stray brace at position " + (at + 1)
                        : "may hold only letters, digits, - _ . / and the placeholders " + PLACEHOLDERS
                                + ", not '" + bad + "'");
            }
            if (token.group(1) == null) {
                parts.add(new Literal(token.group()));
            } else {
                String name = token.group(1);
                Matcher sequence = SEQUENCE.matcher(name);
                boolean zeros = ZEROS.matcher(name).matches();
                if (sequence.matches() || zeros) {
                    int width = zeros ? name.length() : Integer.parseInt(sequence.group(1));
                    if (width < 1 || width > 10) {
                        throw new InvalidNumberPatternException("pattern", "{seq:N} pads to 1 to 10 digits, not "
                                + width);
                    }
                    parts.add(new Sequence(width));
                    sequences++;
                } else if (name.equals("prefix") || DATE_PLACEHOLDERS.contains(name)) {
                    parts.add(new Placeholder(name));
                } else {
                    throw new InvalidNumberPatternException("pattern", "has an unknown placeholder {" + name
                            + "}; use " + PLACEHOLDERS);
                }
            }
            at = token.end();
        }
        if (sequences != 1) {
            throw new InvalidNumberPatternException("pattern", "needs the counter {seq:N} exactly once, not "
                    + sequences + " times");
        }
        return new NumberPattern(pattern, parts);
    }

    /** Refuses a prefix that holds anything but letters, digits and {@code - _ . /}, or is too long. */
    public static String checkPrefix(String prefix) {
        String value = prefix == null ? "" : prefix;
        if (!PREFIX.matcher(value).matches()) {
            throw new InvalidNumberPatternException("prefix", "may hold at most " + MAX_PREFIX_LENGTH
                    + " letters, digits, - _ . or /");
        }
        return value;
    }

    /**
     * Refuses a reset that would repeat numbers: a series counting again each
     * year must show the year, one counting each month the year and the month.
     */
    public NumberPattern checkFits(NumberReset reset) {
        boolean year = uses("yyyy") || uses("yy");
        if (reset == NumberReset.YEARLY && !year) {
            throw new InvalidNumberPatternException("pattern", "must show the year ({yyyy} or {yy}) when the "
                    + "series starts again each year, or numbers would repeat");
        }
        if (reset == NumberReset.MONTHLY && !(year && uses("mm"))) {
            throw new InvalidNumberPatternException("pattern", "must show the year and the month ({mm}) when "
                    + "the series starts again each month, or numbers would repeat");
        }
        return this;
    }

    /** The number {@code sequence} of a document dated {@code date}: {@code INV-2026-00042}. */
    public String format(String prefix, LocalDate date, long sequence) {
        StringBuilder number = new StringBuilder();
        for (Part part : parts) {
            switch (part) {
                case Literal literal -> number.append(literal.text());
                case Sequence counter -> number.append(("%0" + counter.width() + "d").formatted(sequence));
                case Placeholder placeholder -> number.append(switch (placeholder.name()) {
                    case "prefix" -> prefix;
                    case "yyyy" -> "%04d".formatted(date.getYear());
                    case "yy" -> "%02d".formatted(Math.floorMod(date.getYear(), 100));
                    case "mm" -> "%02d".formatted(date.getMonthValue());
                    default -> throw new IllegalStateException(placeholder.name());
                });
            }
        }
        return number.toString();
    }

    private boolean uses(String placeholder) {
        return parts.stream().anyMatch(part -> part instanceof Placeholder p && p.name().equals(placeholder));
    }

    @Override
    public String toString() {
        return source;
    }
}
