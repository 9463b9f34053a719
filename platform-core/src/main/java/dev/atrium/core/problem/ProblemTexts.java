package dev.atrium.core.problem;

import dev.atrium.plugin.problem.FieldError;
import dev.atrium.plugin.problem.ProblemException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * The words of a problem in the reader's language. A problem keeps its stable {@code type} and field names; its
 * title and detail come from the {@code problem} bundle by type ({@code problem.user-email-taken.title}), the
 * detail's {@code {name}} placeholders filled from the problem's own properties, so a throw site names its values
 * once and every language words them. A problem about modules names them by key ({@code module}, {@code modules});
 * the detail reads their names as {@code {moduleName}} and {@code {moduleNames}}, and picks {@code .one} or
 * {@code .many} by how many {@code modules} there are. A field error whose message is a key in braces
 * ({@code "{problem.field.display-name-length}"}), as Bean Validation writes them, reads from the bundle too.
 * What the bundle does not know keeps the words it was thrown with.
 */
@Component
public class ProblemTexts {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)}");
    private static final Pattern KEY = Pattern.compile("\\{([a-z][A-Za-z0-9.\\-]*)((?:\\|[^|{}]*)*)}");
    private static final Pattern WHOLE_NUMBER = Pattern.compile("-?[0-9]{1,18}");

    private final MessageSource messages;

    ProblemTexts(MessageSource messages) {
        this.messages = messages;
    }

    /** A refusal's detail in the reader's language, for a page to show. */
    public static String detailOf(ProblemException refused) {
        return ofRequest().detail(refused);
    }

    /** A field error's message in the reader's language, for a page to show. */
    public static String messageOf(String message) {
        return ofRequest().message(message);
    }

    /** Pages' helpers are static, so they find the texts through the request being answered. */
    private static ProblemTexts ofRequest() {
        HttpServletRequest request = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes())
                .getRequest();
        return RequestContextUtils.findWebApplicationContext(request).getBean(ProblemTexts.class);
    }

    /** The language of the request being answered (the locale resolver's choice, else the browser's). */
    public static Locale locale() {
        return LocaleContextHolder.getLocale();
    }

    public String title(String type, String fallback) {
        return text("problem." + type + ".title", fallback);
    }

    /** The detail of a problem of {@code type}, its placeholders filled from {@code properties}. */
    public String detail(String type, String fallback, Map<String, ?> properties) {
        Map<String, Object> values = new LinkedHashMap<>(properties);
        String key = "problem." + type + ".detail";
        if (properties.get("errors") instanceof List<?> errors && !errors.isEmpty()
                && errors.getFirst() instanceof FieldError first) {
            values.put("count", errors.size());
            values.put("field", first.field());
            values.put("message", message(first.message()));
            key += errors.size() == 1 ? ".one" : ".many";
        } else if (properties.get("modules") instanceof List<?> modules && !modules.isEmpty()) {
            List<String> names = modules.stream().map(module -> moduleName(module.toString(), null)).toList();
            // A module without a bundle of its own is named as the problem was thrown.
            values.put("moduleNames", names.contains(null) && properties.get("moduleNames") != null
                    ? properties.get("moduleNames").toString()
                    : String.join(", ", modules.stream().map(module -> moduleName(module.toString(),
                            module.toString())).toList()));
            key += modules.size() == 1 ? ".one" : ".many";
        }
        if (properties.get("module") instanceof String module) {
            Object named = properties.get("moduleName");
            values.put("moduleName", moduleName(module, named == null ? module : named.toString()));
        }
        String pattern = messages.getMessage(key, null, null, locale());
        if (pattern == null) {
            return fallback;
        }
        Matcher placeholder = PLACEHOLDER.matcher(pattern);
        StringBuilder detail = new StringBuilder();
        while (placeholder.find()) {
            Object value = values.get(placeholder.group(1));
            if (value == null) {
                return fallback;
            }
            placeholder.appendReplacement(detail, Matcher.quoteReplacement(word(placeholder.group(1), value)));
        }
        return placeholder.appendTail(detail).toString();
    }

    /**
     * A field message with values, for a throw site to word once in every language:
     * {@code ProblemTexts.key("problem.field.max-characters", 200)} is {@code {problem.field.max-characters|200}},
     * which reads "must be at most 200 characters" from the bundle's {@code must be at most {0} characters}.
     */
    public static String key(String key, Object... arguments) {
        StringBuilder message = new StringBuilder("{").append(key);
        for (Object argument : arguments) {
            message.append('|').append(argument);
        }
        return message.append('}').toString();
    }

    /**
     * A field error's message in the reader's language: a {@code {key}} (or {@code {key|value|...}}, see
     * {@link #key}) from the bundles, else as written.
     */
    public String message(String message) {
        if (message == null) {
            return null;
        }
        Matcher key = KEY.matcher(message);
        if (!key.matches()) {
            return message;
        }
        if (key.group(2).isEmpty()) {
            return text(key.group(1), message);
        }
        Object[] arguments = Arrays.stream(key.group(2).substring(1).split("\\|", -1))
                .map(value -> WHOLE_NUMBER.matcher(value).matches() ? (Object) Long.valueOf(value) : value)
                .toArray();
        String text = messages.getMessage(key.group(1), arguments, null, locale());
        return text == null ? message : text;
    }

    public FieldError field(FieldError error) {
        return new FieldError(error.field(), message(error.message()));
    }

    /** The problem's properties with each field error's message in the reader's language. */
    public Map<String, Object> properties(Map<String, ?> properties) {
        Map<String, Object> worded = new LinkedHashMap<>(properties);
        if (properties.get("errors") instanceof List<?> errors) {
            List<Object> translated = new ArrayList<>();
            errors.forEach(error -> translated.add(error instanceof FieldError field ? field(field) : error));
            worded.put("errors", translated);
        }
        return worded;
    }

    /** What a page shows of a refusal: its detail in the reader's language. */
    public String detail(ProblemException refused) {
        return detail(refused.type(), refused.detail(), refused.properties());
    }

    /**
     * A module's name in the reader's language, from the module's own bundle ({@code contracts.module.name}, as
     * {@code ModuleTexts} reads it), else {@code fallback}.
     */
    public String moduleName(String moduleKey, String fallback) {
        return text(moduleKey + ".module.name", fallback);
    }

    /**
     * A named value as words: the kind of a thing not found reads from the bundle ({@code problem.resource.user}),
     * and so do a refused action and a change ({@code problem.action.disable-owner}, {@code problem.change.disabled}).
     */
    private String word(String name, Object value) {
        if ("action".equals(name) || "change".equals(name)) {
            return text("problem." + name + "." + value, value.toString());
        }
        if ("resource".equals(name)) {
            return text("problem.resource." + value.toString().toLowerCase(Locale.ROOT).replace(' ', '-'),
                    value.toString());
        }
        return value.toString();
    }

    private String text(String key, String fallback) {
        String text = messages.getMessage(key, null, null, locale());
        return text == null ? fallback : text;
    }
}
