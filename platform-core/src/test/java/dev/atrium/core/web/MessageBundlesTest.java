package dev.atrium.core.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.MessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

class MessageBundlesTest {

    @Test
    void everyBundleIsCompleteInEveryLanguage() throws IOException {
        List<String> gaps = new ArrayList<>();
        for (String base : MessageBundles.baseNames()) {
            TreeSet<String> english = keys(base + ".properties");
            for (Locale language : MessageBundles.LANGUAGES) {
                if (language.equals(Locale.ENGLISH)) {
                    continue;
                }
                TreeSet<String> translated = keys(base + "_" + language.getLanguage() + ".properties");
                for (String key : english) {
                    if (!translated.contains(key)) {
                        gaps.add(base + "_" + language + " lacks " + key);
                    }
                }
                for (String key : translated) {
                    if (!english.contains(key)) {
                        gaps.add(base + "_" + language + " has " + key + ", which English lacks");
                    }
                }
            }
        }
        assertThat(gaps).as("texts missing from a language").isEmpty();
    }

    @Test
    void aKeyBelongsToItsBundleAlone() throws IOException {
        Map<String, String> owners = new HashMap<>();
        List<String> clashes = new ArrayList<>();
        for (String base : MessageBundles.baseNames()) {
            String prefix = base.substring("i18n/".length()) + ".";
            for (String key : keys(base + ".properties")) {
                if (!key.startsWith(prefix)) {
                    clashes.add(key + " in " + base + " does not start with " + prefix);
                }
                String before = owners.putIfAbsent(key, base);
                if (before != null) {
                    clashes.add(key + " is in " + before + " and " + base);
                }
            }
        }
        assertThat(clashes).as("keys outside their bundle's prefix or defined twice").isEmpty();
    }

    @Test
    void textsComeInTheAskedLanguageAndEnglishOtherwise() {
        MessageSource messages = MessageBundles.messageSource();

        assertThat(messages.getMessage("common.save", null, Locale.FRENCH)).isEqualTo("Enregistrer");
        assertThat(messages.getMessage("common.save", null, Locale.CANADA_FRENCH)).isEqualTo("Enregistrer");
        assertThat(messages.getMessage("common.save", null, Locale.GERMAN))
                .as("a language without a bundle falls back to English, not the machine's language")
                .isEqualTo("Save");
    }

    @Test
    void bundlesBehindAnotherClassLoaderAnswerWhatTheHostsLackAndNothingElse(@TempDir Path archive) throws IOException {
        Files.createDirectories(archive.resolve("i18n"));
        Files.writeString(archive.resolve("i18n/demo.properties"), "demo.hello=Hello\ncommon.save=Keep\n");
        Files.writeString(archive.resolve("i18n/demo_fr.properties"), "demo.hello=Bonjour\ncommon.save=Garder\n");
        Files.writeString(archive.resolve("i18n/demonstration.properties"), "demonstration.other=Other\n");
        try (URLClassLoader module = new URLClassLoader(new URL[] {archive.toUri().toURL()}, null)) {
            ClassLoaderBundles bundles = ClassLoaderBundles.find("demo", module, "demo");
            assertThat(bundles.baseNames()).as("the module's own bundles, not another module's sharing its prefix")
                    .containsExactly("i18n/demo");

            MessageSource messages = MessageBundles.messageSource(List.of(bundles));

            assertThat(messages.getMessage("demo.hello", null, Locale.FRENCH)).isEqualTo("Bonjour");
            assertThat(messages.getMessage("demo.hello", null, Locale.ENGLISH)).isEqualTo("Hello");
            assertThat(messages.getMessage("demo.hello", null, Locale.GERMAN)).isEqualTo("Hello");
            assertThat(messages.getMessage("common.save", null, Locale.FRENCH))
                    .as("a module cannot reword the host's texts").isEqualTo("Enregistrer");
            assertThat(messages.getMessage("demo.missing", null, "fallback", Locale.FRENCH)).isEqualTo("fallback");
        }
    }

    private static TreeSet<String> keys(String path) throws IOException {
        TreeSet<String> keys = new TreeSet<>();
        for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:" + path)) {
            Properties properties = new Properties();
            try (Reader reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
            keys.addAll(properties.stringPropertyNames());
        }
        return keys;
    }
}
