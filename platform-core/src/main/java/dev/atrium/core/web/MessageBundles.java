package dev.atrium.core.web;

import dev.atrium.core.principal.Languages;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Every text a person reads comes from a bundle under {@code i18n/}: one bundle per feature
 * ({@code i18n/party.properties} with {@code i18n/party_fr.properties} beside it), found on the
 * classpath by themselves, so a feature adds its texts without touching a shared file. Keys start with
 * the feature's name ({@code party.list.title}), which keeps bundles from shadowing each other
 * ({@code MessageBundlesTest} refuses a key defined twice and a language missing a key).
 *
 * <p>Bundles the host's class path cannot see, a module's inside its plugin archive, come as
 * {@link ClassLoaderBundles} beans and are asked after the host's own.
 */
@Configuration(proxyBeanMethods = false)
public class MessageBundles {

    /** The languages every bundle is complete in; English is the default. */
    public static final List<Locale> LANGUAGES = Languages.SUPPORTED;

    static final String LOCATION = "classpath*:i18n/*.properties";

    private static final Pattern TRANSLATION = Pattern.compile(".+_[a-z]{2}(_[A-Z]{2})?\\.properties");

    @Bean
    MessageSource messageSource(ObjectProvider<ClassLoaderBundles> others) {
        return messageSource(others.orderedStream().toList());
    }

    /** The host's bundles, then each of {@code others} in turn for a key the ones before lack. */
    static MessageSource messageSource(List<ClassLoaderBundles> others) {
        ResourceBundleMessageSource host = source(MessageBundles.class.getClassLoader(), baseNames());
        ResourceBundleMessageSource last = host;
        for (ClassLoaderBundles bundles : others) {
            ResourceBundleMessageSource next = source(bundles.classLoader(), bundles.baseNames());
            last.setParentMessageSource(next);
            last = next;
        }
        return host;
    }

    static MessageSource messageSource() {
        return messageSource(List.of());
    }

    private static ResourceBundleMessageSource source(ClassLoader classLoader, Collection<String> baseNames) {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBundleClassLoader(classLoader);
        source.setBasenames(baseNames.toArray(String[]::new));
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        source.setDefaultLocale(Locale.ENGLISH);
        return source;
    }

    /** The bundles' base names ({@code i18n/party}), without their translations. */
    static TreeSet<String> baseNames() {
        return baseNames(MessageBundles.class.getClassLoader(), LOCATION);
    }

    /** The base names of the bundles {@code classLoader} finds at {@code location}. */
    static TreeSet<String> baseNames(ClassLoader classLoader, String location) {
        TreeSet<String> names = new TreeSet<>();
        try {
            for (Resource resource : new PathMatchingResourcePatternResolver(classLoader).getResources(location)) {
                String file = resource.getFilename();
                if (file != null && !TRANSLATION.matcher(file).matches()) {
                    names.add("i18n/" + file.substring(0, file.length() - ".properties".length()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the message bundles", e);
        }
        return names;
    }
}
