package dev.atrium.core.party;

import dev.atrium.core.web.Forms;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The third-party pages: list, detail, create/edit form, archive and restore confirmations. */
@Controller
@RequestMapping("/t/{slug}/third-parties")
@PreAuthorize(ThirdPartyService.READ)
class ThirdPartyPageController {

    /**
     * What the drop-downs offer, by the message prefix that names each choice in the reader's language
     * ({@code party.kind.COMPANY}); countries and currencies come named too.
     */
    private static final Map<String, Map.Entry<String, List<Forms.Option>>> CHOICES = Map.of(
            "kinds", Map.entry("party.kind", Forms.options(ThirdParty.Kind.class)),
            "salesRelations", Map.entry("party.salesRelation", Forms.options(ThirdParty.SalesRelation.class)),
            "statuses", Map.entry("party.status", Forms.options(ThirdParty.Status.class)),
            "relations", Map.entry("party.relation", Forms.options(ThirdPartySearch.Relation.class)),
            "paymentTerms", Map.entry("party.paymentTerms", Forms.options(PaymentTerms.class)),
            "addressKinds", Map.entry("party.addressKind", Forms.options(Address.Kind.class)));

    /** The newest entries the page shows; the API pages through the rest. */
    private static final int TIMELINE_SIZE = 50;

    private final ThirdPartyService thirdParties;
    private final SpringValidatorAdapter validator;
    private final MessageSource messages;

    ThirdPartyPageController(ThirdPartyService thirdParties, Validator validator, MessageSource messages) {
        this.thirdParties = thirdParties;
        this.validator = new SpringValidatorAdapter(validator);
        this.messages = messages;
    }

    @InitBinder
    void emptyFieldsAreAbsent(WebDataBinder binder) {
        Forms.emptyFieldsAreAbsent(binder);
    }

    @ModelAttribute("choices")
    Map<String, Object> choices(Locale locale) {
        Map<String, Object> choices = new HashMap<>();
        CHOICES.forEach((name, options) -> choices.put(name, options.getValue().stream()
                .map(option -> new Forms.Option(option.value(), messages.getMessage(
                        options.getKey() + "." + option.value(), null, option.label(), locale)))
                .toList()));
        choices.put("countries", Forms.countries(locale));
        choices.put("currencies", Forms.currencies(locale));
        return choices;
    }

    @GetMapping
    String list(@Valid ThirdPartySearch search, Model model) {
        model.addAttribute("search", search);
        model.addAttribute("result", thirdParties.list(search));
        return "party/list";
    }

    @GetMapping("/export.csv")
    void export(@Valid ThirdPartySearch search, HttpServletResponse response) throws IOException {
        thirdParties.export(search, response);
    }

    @GetMapping("/new")
    @PreAuthorize(ThirdPartyService.WRITE)
    String newForm(Model model) {
        model.addAttribute("thirdParty", ThirdPartyRequest.newCustomer(thirdParties.defaultCountry()));
        return "party/form";
    }

    /** The form's address is optional: left empty, it is no address, and only a typed one is checked. */
    @PostMapping
    @PreAuthorize(ThirdPartyService.WRITE)
    String create(@PathVariable String slug, @ModelAttribute("thirdParty") ThirdPartyRequest form,
            BindingResult errors, Model model) {
        ThirdPartyRequest request = form.withoutBlankAddresses();
        validator.validate(request, errors);
        return Forms.submit(errors, model, "party/form",
                () -> redirectTo(slug, thirdParties.create(request).getId()));
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model) {
        model.addAttribute("party", thirdParties.get(id));
        if (!model.containsAttribute("contact")) {
            model.addAttribute("contact", ContactRequest.empty());
        }
        if (!model.containsAttribute("address")) {
            model.addAttribute("address", AddressRequest.billingIn(thirdParties.defaultCountry()));
        }
        if (!model.containsAttribute("note")) {
            model.addAttribute("note", NoteRequest.empty());
        }
        model.addAttribute("timeline", thirdParties.history(id, null, TIMELINE_SIZE).items());
        model.addAttribute("zone", thirdParties.zone());
        return "party/detail";
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize(ThirdPartyService.WRITE)
    String editForm(@PathVariable long id, Model model) {
        // The form reads the party's own fields; what it posts back binds to a request.
        model.addAttribute("thirdParty", thirdParties.get(id));
        model.addAttribute("id", id);
        return "party/form";
    }

    /** A refused rule shows the form again with the reason; a third party the tenant has not is the 404 page. */
    @PostMapping("/{id}")
    @PreAuthorize(ThirdPartyService.WRITE)
    String update(@PathVariable String slug, @PathVariable long id,
            @Validated(ThirdPartyRequest.OnUpdate.class) @ModelAttribute("thirdParty") ThirdPartyRequest form,
            BindingResult errors, Model model) {
        model.addAttribute("id", id);
        if (errors.hasErrors()) {
            // Field errors are for a third party the tenant has: any other id is the 404 page, valid form or not.
            thirdParties.get(id);
        }
        return Forms.submit(errors, model, "party/form", () -> redirectTo(slug, thirdParties.change(id, form).getId()));
    }

    /** Archiving and restoring are confirmed on a page of their own, which says what keeps referring to it. */
    @GetMapping({"/{id}/archive", "/{id}/restore"})
    @PreAuthorize(ThirdPartyService.WRITE)
    String confirmArchiveOrRestore(@PathVariable long id, Model model) {
        model.addAttribute("party", thirdParties.get(id));
        model.addAttribute("uses", thirdParties.uses(id));
        return "party/archive";
    }

    @PostMapping("/{id}/archive")
    @PreAuthorize(ThirdPartyService.WRITE)
    String archive(@PathVariable String slug, @PathVariable long id) {
        return redirectTo(slug, thirdParties.archive(id).getId());
    }

    @PostMapping("/{id}/restore")
    @PreAuthorize(ThirdPartyService.WRITE)
    String restore(@PathVariable String slug, @PathVariable long id) {
        return redirectTo(slug, thirdParties.restore(id).getId());
    }

    /** A child form with field errors shows the detail page again, the form as it was typed and its errors. */
    @PostMapping("/{id}/contacts")
    @PreAuthorize(ThirdPartyService.WRITE)
    String addContact(@PathVariable String slug, @PathVariable long id,
            @Valid @ModelAttribute("contact") ContactRequest contact, BindingResult errors, Model model) {
        return errors.hasErrors() ? detail(id, model) : backTo(slug, id, () -> thirdParties.addContact(id, contact));
    }

    @GetMapping("/{id}/contacts/{contactId}/edit")
    @PreAuthorize(ThirdPartyService.WRITE)
    String editContact(@PathVariable long id, @PathVariable long contactId, Model model) {
        model.addAttribute("contact", thirdParties.contact(id, contactId));
        return childForm(id, contactId, model, "party/contact");
    }

    /** A refused change (someone changed it meanwhile, the party archived) shows the form again with the reason. */
    @PostMapping("/{id}/contacts/{contactId}")
    @PreAuthorize(ThirdPartyService.WRITE)
    String changeContact(@PathVariable String slug, @PathVariable long id, @PathVariable long contactId,
            @Validated(ThirdPartyRequest.OnUpdate.class) @ModelAttribute("contact") ContactRequest contact,
            BindingResult errors, Model model) {
        thirdParties.contact(id, contactId);
        childForm(id, contactId, model, "party/contact");
        return Forms.submit(errors, model, "party/contact",
                () -> backTo(slug, id, () -> thirdParties.changeContact(id, contactId, contact)));
    }

    @PostMapping("/{id}/contacts/{contactId}/delete")
    @PreAuthorize(ThirdPartyService.WRITE)
    String removeContact(@PathVariable String slug, @PathVariable long id, @PathVariable long contactId,
            @RequestParam(required = false) Long version, Model model) {
        return Forms.orRefusal(model, () -> backTo(slug, id, () -> thirdParties.removeContact(id, contactId, version)),
                () -> detail(id, model));
    }

    @PostMapping("/{id}/addresses")
    @PreAuthorize(ThirdPartyService.WRITE)
    String addAddress(@PathVariable String slug, @PathVariable long id,
            @Valid @ModelAttribute("address") AddressRequest address, BindingResult errors, Model model) {
        return errors.hasErrors() ? detail(id, model) : backTo(slug, id, () -> thirdParties.addAddress(id, address));
    }

    @PostMapping("/{id}/notes")
    @PreAuthorize(ThirdPartyService.WRITE)
    String addNote(@PathVariable String slug, @PathVariable long id, @Valid @ModelAttribute("note") NoteRequest note,
            BindingResult errors, Model model) {
        return errors.hasErrors() ? detail(id, model) : backTo(slug, id, () -> thirdParties.note(id, note));
    }

    @GetMapping("/{id}/addresses/{addressId}/edit")
    @PreAuthorize(ThirdPartyService.WRITE)
    String editAddress(@PathVariable long id, @PathVariable long addressId, Model model) {
        model.addAttribute("address", thirdParties.address(id, addressId));
        return childForm(id, addressId, model, "party/address");
    }

    @PostMapping("/{id}/addresses/{addressId}")
    @PreAuthorize(ThirdPartyService.WRITE)
    String changeAddress(@PathVariable String slug, @PathVariable long id, @PathVariable long addressId,
            @Validated(ThirdPartyRequest.OnUpdate.class) @ModelAttribute("address") AddressRequest address,
            BindingResult errors, Model model) {
        thirdParties.address(id, addressId);
        childForm(id, addressId, model, "party/address");
        return Forms.submit(errors, model, "party/address",
                () -> backTo(slug, id, () -> thirdParties.changeAddress(id, addressId, address)));
    }

    @PostMapping("/{id}/addresses/{addressId}/delete")
    @PreAuthorize(ThirdPartyService.WRITE)
    String removeAddress(@PathVariable String slug, @PathVariable long id, @PathVariable long addressId,
            @RequestParam(required = false) Long version, Model model) {
        return Forms.orRefusal(model, () -> backTo(slug, id, () -> thirdParties.removeAddress(id, addressId, version)),
                () -> detail(id, model));
    }

    /** A contact's or an address's own form, under its party's name; a child the party has not is the 404 page. */
    private String childForm(long id, long childId, Model model, String view) {
        model.addAttribute("party", thirdParties.get(id));
        model.addAttribute("childId", childId);
        return view;
    }

    private static String backTo(String slug, long id, Runnable change) {
        change.run();
        return redirectTo(slug, id);
    }

    private static String redirectTo(String slug, long id) {
        return "redirect:/t/" + slug + "/third-parties/" + id;
    }
}
