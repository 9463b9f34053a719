package dev.atrium.core.sending;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PlaceholdersTest {

    @Test
    void onlyDottedLowerCaseNamesInBracesArePlaceholders() {
        assertThat(Placeholders.named("{invoice.number} {party.name}{credit-note.invoice-number} {invoice.number}"))
                .containsExactly("invoice.number", "party.name", "credit-note.invoice-number");
        assertThat(Placeholders.named("${T(java.lang.Runtime).getRuntime().exec('x')} [[${@mailer}]] #{x} *{x} "
                + "{x} {Party.name} {party.} {.name} {party name} {party.name {{party.name}} {party..name}"))
                .as("only the one placeholder hidden in double braces").containsExactly("party.name");
    }

    @Test
    void placeholdersAreReplacedAndEverythingElseIsCopiedAsItIs() {
        String template = "${T(java.lang.Runtime).getRuntime().exec('x')} [[${@mailer}]] #{x} *{x} <script>{a.b}"
                + "</script> {c.d}";

        assertThat(Placeholders.fill(template, Map.of("a.b", "A & B")))
                .isEqualTo("${T(java.lang.Runtime).getRuntime().exec('x')} [[${@mailer}]] #{x} *{x} <script>A & B"
                        + "</script> {c.d}");
    }

    @Test
    void aValueIsNeverScannedAgain() {
        assertThat(Placeholders.fill("Dear {party.name}, {invoice.number}",
                Map.of("party.name", "{invoice.number} ${7*7}", "invoice.number", "INV-1")))
                .isEqualTo("Dear {invoice.number} ${7*7}, INV-1");
    }
}
