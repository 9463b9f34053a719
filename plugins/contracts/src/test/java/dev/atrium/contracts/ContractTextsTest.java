package dev.atrium.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The module's own bundle is complete in English and French, its keys are the module's, and every text a module
 * template asks it for is in it. Read from the sources: the plugin's classes and resources reach the tests only
 * through the plugin loader.
 */
class ContractTextsTest {

    private static final Path BUNDLES = Path.of("src/main/resources/i18n");
    private static final Path TEMPLATES = Path.of("src/main/resources/templates/contracts");
    /** A module key a template asks the messages for, {@code #{contracts.list.title}}; not one it builds. */
    private static final Pattern SAID = Pattern.compile("#\\{(contracts\\.[A-Za-z0-9_.-]*[A-Za-z0-9_-])[(}]");

    @Test
    void theBundleIsCompleteInFrenchAndHoldsOnlyTheModulesKeys() throws IOException {
        Properties english = load("contracts.properties");
        Properties french = load("contracts_fr.properties");
        assertThat(french.stringPropertyNames()).as("the French keys").isEqualTo(english.stringPropertyNames());
        assertThat(english.stringPropertyNames()).as("keys prefixed with the module's key")
                .allMatch(key -> key.startsWith("contracts."));
        assertThat(french.values()).as("French texts").noneMatch(text -> text.toString().isBlank());
    }

    @Test
    void everyTextATemplateSaysIsInTheBundle() throws IOException {
        Set<String> said = new TreeSet<>();
        try (Stream<Path> templates = Files.list(TEMPLATES)) {
            for (Path template : templates.toList()) {
                Matcher matcher = SAID.matcher(Files.readString(template));
                while (matcher.find()) {
                    said.add(matcher.group(1));
                }
            }
        }
        assertThat(said).as("keys the templates say").isNotEmpty();
        assertThat(load("contracts.properties").stringPropertyNames()).as("the bundle's keys").containsAll(said);
    }

    private static Properties load(String file) throws IOException {
        Properties texts = new Properties();
        try (Reader reader = Files.newBufferedReader(BUNDLES.resolve(file), StandardCharsets.UTF_8)) {
            texts.load(reader);
        }
        return texts;
    }
}
