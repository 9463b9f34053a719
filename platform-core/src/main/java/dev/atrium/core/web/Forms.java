package dev.atrium.core.web;

import dev.atrium.core.problem.ProblemTexts;
import dev.atrium.plugin.problem.RuleViolationException;
import com.ibm.icu.text.CurrencyMetaInfo;
import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Currency;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.beans.propertyeditors.CurrencyEditor;
import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;

/** What the pages' forms share: how fields bind, the choices of drop-downs, and a refusal shown on the form. */
public final class Forms {

    /** One choice of a drop-down. */
    public record Option(String value, String label) {
    }

    /**
     * The ISO 4217 codes that are legal tender somewhere today, from CLDR's currency data (through ICU): the JDK
     * also knows withdrawn ones (FRF, DEM) and funds and metals (XAU, CHE), which nobody invoices in.
     */
    private static final Set<String> CURRENT_CURRENCIES = currentCurrencies(new Date());

    private static final Set<String> ISO_COUNTRIES = Set.of(Locale.getISOCountries());

    /** By the reader's locale, which is one of the few the pages speak (a user's, a company's), so these stay small. */
    private static final Map<Locale, List<Option>> COUNTRIES = new ConcurrentHashMap<>();
    private static final Map<Locale, List<Option>> CURRENCIES = new ConcurrentHashMap<>();

    private Forms() {
    }

    /** Every country, named in {@code locale}'s language and sorted as that language sorts. */
    public static List<Option> countries(Locale locale) {
        return COUNTRIES.computeIfAbsent(locale, language -> {
            Collator collator = Collator.getInstance(language);
            return Arrays.stream(Locale.getISOCountries())
                    .map(code -> new Option(code, Locale.of("", code).getDisplayCountry(language)))
                    .sorted(Comparator.comparing(Option::label, collator)).toList();
        });
    }

    /** {@code code}'s name in {@code locale}'s language; the code itself when it is none of ISO 3166's. */
    public static String countryName(String code, Locale locale) {
        return code != null && ISO_COUNTRIES.contains(code) ? Locale.of("", code).getDisplayCountry(locale) : code;
    }

    /** The currencies in use today, by code, each with its name in {@code locale}'s language: "EUR · Euro". */
    public static List<Option> currencies(Locale locale) {
        return CURRENCIES.computeIfAbsent(locale, language -> CURRENT_CURRENCIES.stream()
                .map(code -> new Option(code, currencyName(Currency.getInstance(code), language))).toList());
    }

    public static String currencyName(Currency currency, Locale locale) {
        return currency.getCurrencyCode() + " · " + currency.getDisplayName(locale);
    }

    /** Whether {@code currency} is legal tender somewhere today, so something may be priced in it. */
    public static boolean isCurrent(Currency currency) {
        return CURRENT_CURRENCIES.contains(currency.getCurrencyCode());
    }

    private static Set<String> currentCurrencies(Date today) {
        long now = today.getTime();
        Set<String> known = Currency.getAvailableCurrencies().stream().map(Currency::getCurrencyCode)
                .collect(Collectors.toSet());
        return CurrencyMetaInfo.getInstance().currencyInfo(CurrencyMetaInfo.CurrencyFilter.all()).stream()
                .filter(info -> info.isTender() && info.from <= now && now < info.to)
                .map(info -> info.code).filter(known::contains)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /**
     * An empty field means "not given", as a missing JSON property does, for
     * text and currencies. Call it from a page controller's {@code @InitBinder};
     * never on a password form, whose spaces count.
     */
    public static void emptyFieldsAreAbsent(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
        binder.registerCustomEditor(Currency.class, new CurrencyEditor() {
            @Override
            public void setAsText(String text) {
                if (text == null || text.isBlank()) {
                    setValue(null);
                } else {
                    super.setAsText(text);
                }
            }
        });
    }

    /** Every constant of {@code type}, read as words: {@code NET_30} is "net 30". */
    public static List<Option> options(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants())
                .map(constant -> new Option(constant.name(), constant.name().toLowerCase(Locale.ROOT).replace('_', ' ')))
                .toList();
    }

    /**
     * The flow of a form page's post: field errors show the form ({@code form}, a view name) again with what was
     * typed; else the action runs, as {@link #orRefusal} does.
     * <pre>{@code
     * return Forms.submit(errors, model, "visit/form", () -> "redirect:/visits/" + visits.plan(form).id());
     * }</pre>
     */
    public static String submit(BindingResult errors, Model model, String form, Supplier<String> action) {
        return errors.hasErrors() ? form : orRefusal(model, action, () -> form);
    }

    /**
     * Runs a form's action; a rule it breaks, or a change someone else made
     * meanwhile, shows the form again ({@code form}) with the reason as
     * {@code refusal}. Anything else, a 404 included, stays an error page.
     */
    public static String orRefusal(Model model, Supplier<String> action, Supplier<String> form) {
        try {
            return action.get();
        } catch (RuleViolationException refused) {
            model.addAttribute("refusal", ProblemTexts.detailOf(refused));
        } catch (OptimisticLockingFailureException stale) {
            model.addAttribute("refusal", ProblemTexts.messageOf("{common.stale}"));
        }
        return form.get();
    }
}
