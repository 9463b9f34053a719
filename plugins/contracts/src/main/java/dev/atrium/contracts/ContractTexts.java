package dev.atrium.contracts;

import java.util.Locale;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The module's own texts, {@code i18n/contracts.properties} and its translations in the plugin's jar, keys
 * prefixed with the module's key. The host's message bundles are read from the host's class path, which holds no
 * plugin jar, so a module template reaches the host's keys ({@code #{tag.filter}}, the list fragments') but not
 * the module's: a page controller hands the template {@link #in(Locale) its texts in the reader's language}, the
 * locale the host's resolver chose (the user's, else the company's, else the browser's), and the template says
 * {@code ${texts.say('contracts.list.title')}}.
 */
final class ContractTexts {

    private static final ResourceBundleMessageSource BUNDLE = bundle();

    private ContractTexts() {
    }

    /** The texts in {@code locale}, English where a key has no translation. */
    static Texts in(Locale locale) {
        return new Texts(locale);
    }

    private static ResourceBundleMessageSource bundle() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("i18n/contracts");
        // The plugin's class loader, which holds the jar the bundle is in.
        source.setBundleClassLoader(ContractTexts.class.getClassLoader());
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        source.setDefaultLocale(Locale.ENGLISH);
        return source;
    }

    /** The module's texts in one language, for a template. */
    record Texts(Locale locale) {

        /** The text of {@code key}, its arguments formatted for the language ({@code 1 000} in French). */
        public String say(String key, Object... arguments) {
            return BUNDLE.getMessage(key, arguments, locale);
        }
    }
}
