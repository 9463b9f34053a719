package dev.atrium.core.sending;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The one way a tenant's email template becomes an email: a scan from left to right that replaces each
 * placeholder by its value and copies every other character as it is. A placeholder is a name of two or more
 * dotted words between braces, {@code {invoice.number}} (words of lower-case letters, digits and dashes); any
 * other brace is text, so {@code ${T(java.lang.Runtime)}}, {@code [[${@mailer}]]}, {@code #{x}} or
 * {@code *{x}} reach the email as written. Nothing is evaluated, and a value is never scanned again: a party
 * named {@code {party.name}} is sent under that name.
 */
final class Placeholders {

    private Placeholders() {
    }

    /** The placeholders {@code template} names, in the order it first names them. */
    static Set<String> named(String template) {
        Set<String> names = new LinkedHashSet<>();
        scan(template, name -> {
            names.add(name);
            return "";
        });
        return names;
    }

    /** {@code template} with each placeholder replaced by its value; one without a value stays as written. */
    static String fill(String template, Map<String, String> values) {
        return scan(template, name -> values.getOrDefault(name, "{" + name + "}"));
    }

    private static String scan(String template, Function<String, String> replacement) {
        StringBuilder out = new StringBuilder(template.length());
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            int end = c == '{' ? nameEnd(template, i + 1) : -1;
            if (end < 0) {
                out.append(c);
                i++;
            } else {
                out.append(replacement.apply(template.substring(i + 1, end)));
                i = end + 1;
            }
        }
        return out.toString();
    }

    /**
     * Where the placeholder name starting at {@code start} ends (the index of its closing brace), or -1 when
     * what follows the brace is not one.
     */
    private static int nameEnd(String text, int start) {
        int words = 0;
        int i = start;
        while (true) {
            int wordStart = i;
            if (i >= text.length() || !isLowerLetter(text.charAt(i))) {
                return -1;
            }
            while (i < text.length() && isWordChar(text.charAt(i))) {
                i++;
            }
            if (i == wordStart) {
                return -1;
            }
            words++;
            if (i >= text.length()) {
                return -1;
            }
            char next = text.charAt(i);
            if (next == '}') {
                return words >= 2 ? i : -1;
            }
            if (next != '.') {
                return -1;
            }
            i++;
        }
    }

    private static boolean isLowerLetter(char c) {
        return c >= 'a' && c <= 'z';
    }

    private static boolean isWordChar(char c) {
        return isLowerLetter(c) || (c >= '0' && c <= '9') || c == '-';
    }
}
