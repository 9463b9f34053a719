package dev.atrium.core.web;

import dev.atrium.core.problem.ProblemTexts;
import dev.atrium.plugin.problem.RuleViolationException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
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

    public static final List<Option> COUNTRIES = Arrays.stream(Locale.getISOCountries())
            .map(code -> new Option(code, Locale.of("", code).getDisplayCountry(Locale.ENGLISH)))
            .sorted(Comparator.comparing(Option::label)).toList();

    public static final List<Option> CURRENCIES = Currency.getAvailableCurrencies().stream()
            .map(Currency::getCurrencyCode).sorted().map(code -> new Option(code, code)).toList();

    private Forms() {
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
