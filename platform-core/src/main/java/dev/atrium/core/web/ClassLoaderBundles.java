package dev.atrium.core.web;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Message bundles that live behind a class loader of their own, such as a module's bundles inside its plugin
 * archive, which the host's class path cannot see. Declared as a bean, they join the host's
 * {@code MessageSource} after the host's own bundles.
 *
 * @param name        who brings them, for the logs and tests (a module key)
 * @param classLoader the class loader that finds them
 * @param baseNames   their base names, e.g. {@code i18n/contracts}
 */
public record ClassLoaderBundles(String name, ClassLoader classLoader, List<String> baseNames) {

    public ClassLoaderBundles {
        baseNames = List.copyOf(baseNames);
    }

    /**
     * The bundles {@code classLoader} finds under {@code i18n/} whose names start with {@code prefix}:
     * {@code i18n/contracts.properties} and {@code i18n/contracts-lines.properties} for {@code contracts}, their
     * translations ({@code _fr}) beside them.
     */
    public static ClassLoaderBundles find(String name, ClassLoader classLoader, String prefix) {
        Pattern ours = Pattern.compile(Pattern.quote(prefix) + "([-.][A-Za-z0-9.-]*)?\\.properties");
        return new ClassLoaderBundles(name, classLoader, List.copyOf(MessageBundles.baseNames(classLoader,
                "classpath*:i18n/" + prefix + "*.properties").stream()
                .filter(base -> ours.matcher(base.substring("i18n/".length()) + ".properties").matches())
                .toList()));
    }
}
