package dev.atrium.core.party;

import dev.atrium.plugin.problem.RuleViolationException;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.propertyeditors.CurrencyEditor;
import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** The third-party pages: list, detail, create/edit form, delete confirmation. */
@Controller
@RequestMapping("/t/{slug}/third-parties")
@PreAuthorize(ThirdParties.READ)
class ThirdPartyPageController {

    private static final Choices CHOICES = Choices.load();

    private final ThirdParties thirdParties;
    private final ThirdPartyCsv csv;

    ThirdPartyPageController(ThirdParties thirdParties, ThirdPartyCsv csv) {
        this.thirdParties = thirdParties;
        this.csv = csv;
    }

    /** An empty form field means "not given", as a missing JSON property does. */
    @InitBinder
    void emptyFieldsAreAbsent(WebDataBinder binder) {
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

    @GetMapping
    String list(@Valid ThirdPartySearch search, Model model) {
        model.addAttribute("search", search);
        model.addAttribute("result", thirdParties.list(search));
        model.addAttribute("choices", CHOICES);
        return "party/list";
    }

    @GetMapping("/export.csv")
    void export(@Valid ThirdPartySearch search, HttpServletResponse response) throws IOException {
        csv.write(search, response);
    }

    @GetMapping("/new")
    @PreAuthorize(ThirdParties.WRITE)
    String newForm(Model model) {
        model.addAttribute("thirdParty", new ThirdPartyRequest(null, ThirdPartyKind.COMPANY, null, null,
                SalesRelation.CUSTOMER, false, null, null, null, null, null, null, null, null, null, null));
        return form(model);
    }

    @PostMapping
    @PreAuthorize(ThirdParties.WRITE)
    String create(@PathVariable String slug, @Validated @ModelAttribute("thirdParty") ThirdPartyRequest form,
            BindingResult errors, Model model) {
        if (errors.hasErrors()) {
            return form(model);
        }
        try {
            return redirectTo(slug, thirdParties.create(form).id());
        } catch (RuleViolationException refused) {
            model.addAttribute("refusal", refused.detail());
            return form(model);
        }
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model) {
        model.addAttribute("party", thirdParties.get(id));
        model.addAttribute("choices", CHOICES);
        if (!model.containsAttribute("contact")) {
            model.addAttribute("contact", new ContactRequest(null, null, null, null, false));
        }
        if (!model.containsAttribute("address")) {
            model.addAttribute("address", new AddressRequest(AddressKind.BILLING, null, null, null, null, null, null));
        }
        return "party/detail";
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize(ThirdParties.WRITE)
    String editForm(@PathVariable long id, Model model) {
        model.addAttribute("thirdParty", thirdParties.get(id).toRequest());
        model.addAttribute("id", id);
        return form(model);
    }

    /** A refused rule shows the form again with the reason; a third party the tenant has not is the 404 page. */
    @PostMapping("/{id}")
    @PreAuthorize(ThirdParties.WRITE)
    String update(@PathVariable String slug, @PathVariable long id,
            @Validated(ThirdPartyRequest.OnUpdate.class) @ModelAttribute("thirdParty") ThirdPartyRequest form,
            BindingResult errors, Model model) {
        model.addAttribute("id", id);
        if (errors.hasErrors()) {
            // Field errors are for a third party the tenant has: any other id is the 404 page, valid form or not.
            thirdParties.get(id);
            return form(model);
        }
        try {
            thirdParties.update(id, form);
            return redirectTo(slug, id);
        } catch (OptimisticLockingFailureException stale) {
            model.addAttribute("refusal", "Someone else changed this third party since you opened the form. "
                    + "Reload it to see their changes.");
            return form(model);
        } catch (RuleViolationException refused) {
            model.addAttribute("refusal", refused.detail());
            return form(model);
        }
    }

    @GetMapping("/{id}/delete")
    @PreAuthorize(ThirdParties.WRITE)
    String confirmDelete(@PathVariable long id, Model model) {
        model.addAttribute("party", thirdParties.get(id));
        return "party/delete";
    }

    @PostMapping("/{id}/delete")
    @PreAuthorize(ThirdParties.WRITE)
    String delete(@PathVariable String slug, @PathVariable long id) {
        thirdParties.delete(id);
        return "redirect:/t/" + slug + "/third-parties";
    }

    @PostMapping("/{id}/contacts")
    @PreAuthorize(ThirdParties.WRITE)
    String addContact(@PathVariable String slug, @PathVariable long id,
            @Valid @ModelAttribute("contact") ContactRequest contact, BindingResult errors, Model model) {
        if (errors.hasErrors()) {
            return detail(id, model);
        }
        thirdParties.addContact(id, contact);
        return redirectTo(slug, id);
    }

    @PostMapping("/{id}/contacts/{contactId}/delete")
    @PreAuthorize(ThirdParties.WRITE)
    String removeContact(@PathVariable String slug, @PathVariable long id, @PathVariable long contactId) {
        thirdParties.removeContact(id, contactId);
        return redirectTo(slug, id);
    }

    @PostMapping("/{id}/addresses")
    @PreAuthorize(ThirdParties.WRITE)
    String addAddress(@PathVariable String slug, @PathVariable long id,
            @Valid @ModelAttribute("address") AddressRequest address, BindingResult errors, Model model) {
        if (errors.hasErrors()) {
            return detail(id, model);
        }
        thirdParties.addAddress(id, address);
        return redirectTo(slug, id);
    }

    @PostMapping("/{id}/addresses/{addressId}/delete")
    @PreAuthorize(ThirdParties.WRITE)
    String removeAddress(@PathVariable String slug, @PathVariable long id, @PathVariable long addressId) {
        thirdParties.removeAddress(id, addressId);
        return redirectTo(slug, id);
    }

    private static String form(Model model) {
        model.addAttribute("choices", CHOICES);
        return "party/form";
    }

    private static String redirectTo(String slug, long id) {
        return "redirect:/t/" + slug + "/third-parties/" + id;
    }

    /** What the forms' drop-downs offer. */
    record Choices(List<ThirdPartyKind> kinds, List<SalesRelation> salesRelations, List<ThirdPartyStatus> statuses,
            List<Relation> relations, List<PaymentTerms> paymentTerms, List<AddressKind> addressKinds,
            List<String> currencies, List<Country> countries) {

        record Country(String code, String name) {
        }

        static Choices load() {
            return new Choices(List.of(ThirdPartyKind.values()), List.of(SalesRelation.values()),
                    List.of(ThirdPartyStatus.values()), List.of(Relation.values()), List.of(PaymentTerms.values()),
                    List.of(AddressKind.values()),
                    Currency.getAvailableCurrencies().stream().map(Currency::getCurrencyCode).sorted().toList(),
                    Arrays.stream(Locale.getISOCountries())
                            .map(code -> new Country(code, Locale.of("", code).getDisplayCountry(Locale.ENGLISH)))
                            .sorted(Comparator.comparing(Country::name)).toList());
        }
    }
}
