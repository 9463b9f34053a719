package dev.atrium.core.party;

import dev.atrium.core.principal.CorePermissions;
import dev.atrium.core.web.Forms;
import dev.atrium.plugin.list.ExportFormat;
import dev.atrium.plugin.list.ListColumns;
import dev.atrium.plugin.problem.ProblemException;
import dev.atrium.plugin.problem.RuleViolationException;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import java.io.IOException;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

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

    /** What the page offers for rows per page; the API takes any size from 1 to 100. */
    private static final List<Integer> PAGE_SIZES = List.of(25, 50, 100);
    /** The columns the export picker offers, in their order. */
    private static final List<String> EXPORT_FIELDS = ThirdPartySummary.columns(key -> key, ZoneOffset.UTC).headers();

    /** The newest entries the page shows; the API pages through the rest. */
    private static final int TIMELINE_SIZE = 50;

    private final ThirdPartyService thirdParties;
    private final ThirdPartyTags tags;
    private final SpringValidatorAdapter validator;
    private final MessageSource messages;
    private final ListColumns columns;

    ThirdPartyPageController(ThirdPartyService thirdParties, ThirdPartyTags tags, Validator validator,
            MessageSource messages, ListColumns columns) {
        this.thirdParties = thirdParties;
        this.tags = tags;
        this.validator = new SpringValidatorAdapter(validator);
        this.messages = messages;
        this.columns = columns;
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

    @ModelAttribute("importMaxRows")
    int importMaxRows() {
        return ThirdPartyImport.MAX_ROWS;
    }

    @GetMapping
    String list(@Valid ThirdPartySearch search, Model model) {
        model.addAttribute("search", search);
        var result = thirdParties.list(search);
        model.addAttribute("result", result);
        model.addAttribute("rowTags", tags.of(result.items().stream().map(ThirdPartySummary::id).toList()));
        model.addAttribute("allTags", tags.all());
        model.addAttribute("pageSizes", PAGE_SIZES);
        model.addAttribute("exportFields", EXPORT_FIELDS);
        model.addAttribute("shown", new HashSet<>(columns.shown(ThirdPartyDeclarations.LIST_COLUMNS)));
        model.addAttribute("listColumns", ThirdPartyDeclarations.LIST_COLUMNS);
        return "party/list";
    }

    /**
     * The column chooser: {@code action=save} remembers the ticked columns for the signed-in user, {@code reset}
     * goes back to the defaults; either way back to the list with its filters. A column the list does not offer
     * is refused and nothing is saved.
     */
    @PostMapping("/columns")
    String chooseColumns(@PathVariable String slug, @RequestParam(required = false) List<String> columns,
            @RequestParam(required = false) String action, @RequestParam(name = "back", required = false) String back,
            RedirectAttributes redirect) {
        try {
            if ("reset".equals(action)) {
                this.columns.reset(ThirdPartyDeclarations.LIST_COLUMNS);
                redirect.addFlashAttribute("notice", "partylist.columns.reset");
            } else {
                this.columns.choose(ThirdPartyDeclarations.LIST_COLUMNS, columns == null ? List.of() : columns);
                redirect.addFlashAttribute("notice", "partylist.columns.saved");
            }
        } catch (ProblemException unknown) {
            redirect.addFlashAttribute("refusal", "partylist.columns.unknown");
        }
        return "redirect:/t/" + slug + "/third-parties" + (back != null && back.startsWith("?") ? back : "");
    }

    /** The list's export, with the columns and format the page's picker chose. */
    @GetMapping({"/export", "/export.csv"})
    @PreAuthorize(ThirdPartyService.EXPORT)
    void export(@Valid ThirdPartySearch search, @RequestParam(required = false) List<String> fields,
            @RequestParam(required = false) String format, HttpServletResponse response) throws IOException {
        thirdParties.export(search.everyMatch(), fields, ExportFormat.of(format), response);
    }

    /**
     * What the list's bulk buttons post: {@code action=archive} archives the ticked rows, all or none, and comes
     * back to the list as it was with what happened; {@code export-selected} exports them; {@code export} every
     * match of the list's filters.
     */
    @PostMapping("/selection")
    @PreAuthorize(ThirdPartyService.READ)
    String selection(@PathVariable String slug, @Valid ThirdPartySearch search, @RequestParam String action,
            @RequestParam(required = false) List<String> fields, @RequestParam(required = false) String format,
            @RequestParam(name = "back", required = false) String back, HttpServletResponse response,
            RedirectAttributes redirect) throws IOException {
        String list = "redirect:/t/" + slug + "/third-parties" + (back != null && back.startsWith("?") ? back : "");
        if (action.equals("export")) {
            requireRight(CorePermissions.THIRD_PARTY_EXPORT);
            thirdParties.export(search.everyMatch(), fields, ExportFormat.of(format), response);
            return null;
        }
        if (search.ids().isEmpty()) {
            redirect.addFlashAttribute("refusal", "partylist.bulk.noneSelected");
            return list;
        }
        switch (action) {
            case "export-selected" -> {
                requireRight(CorePermissions.THIRD_PARTY_EXPORT);
                thirdParties.export(search, fields, ExportFormat.of(format), response);
                return null;
            }
            case "archive" -> {
                archiveSelected(search.ids(), redirect);
                return list;
            }
            default -> throw ProblemException.invalidField("action", "must be archive, export-selected or export");
        }
    }

    @GetMapping("/import")
    @PreAuthorize(ThirdPartyService.CREATE)
    String importForm() {
        return "party/import";
    }

    /** The preview of an uploaded file: every row with what is wrong with it; nothing is written yet. */
    @PostMapping("/import")
    @PreAuthorize(ThirdPartyService.CREATE)
    String previewImport(@RequestParam(name = "file", required = false) MultipartFile file, Model model)
            throws IOException {
        if (file == null || file.isEmpty()) {
            model.addAttribute("fileError", "partylist.import.noFile");
            return "party/import";
        }
        if (file.getSize() > ThirdPartyImport.MAX_BYTES) {
            model.addAttribute("fileError", "partylist.import.tooLarge");
            return "party/import";
        }
        return preview(bounded(file.getBytes()), model);
    }

    /** Creates every row of the previewed file, all or none; a file gone bad meanwhile is previewed again. */
    @PostMapping("/import/confirm")
    @PreAuthorize(ThirdPartyService.CREATE)
    String confirmImport(@PathVariable String slug, @RequestParam String csv, Model model,
            RedirectAttributes redirect) {
        try {
            int imported = thirdParties.importAll(csv).imported().size();
            redirect.addFlashAttribute("notice", "partylist.import.done");
            redirect.addFlashAttribute("noticeCount", imported);
            return "redirect:/t/" + slug + "/third-parties";
        } catch (ProblemException refused) {
            return preview(csv, model);
        }
    }

    private String preview(String csv, Model model) {
        try {
            model.addAttribute("preview", thirdParties.previewImport(csv));
            model.addAttribute("csv", csv);
        } catch (ProblemException unreadable) {
            model.addAttribute("fileError", "partylist.import.unreadable");
            model.addAttribute("fileDetail", unreadable.getMessage());
        }
        return "party/import";
    }

    /** An uploaded file's text, refused past the import's bound; bytes that are no UTF-8 become U+FFFD. */
    static String bounded(byte[] bytes) {
        if (bytes.length > ThirdPartyImport.MAX_BYTES) {
            throw ProblemException.invalidField("file", "must be at most " + ThirdPartyImport.MAX_BYTES / 1024 + " KB");
        }
        return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The bulk form's one address serves several rights: each action checks its own. */
    private static void requireRight(String right) {
        if (SecurityContextHolder.getContext().getAuthentication().getAuthorities().stream()
                .noneMatch(granted -> granted.getAuthority().equals(right))) {
            throw new AccessDeniedException("This action takes " + right);
        }
    }

    private void archiveSelected(List<Long> ids, RedirectAttributes redirect) {
        requireRight(CorePermissions.THIRD_PARTY_DELETE);
        try {
            int archived = thirdParties.archiveAll(ids).size();
            redirect.addFlashAttribute("notice", "partylist.bulk.archivedCount");
            redirect.addFlashAttribute("noticeCount", archived);
        } catch (RuleViolationException alreadyArchived) {
            redirect.addFlashAttribute("refusal", "partylist.bulk.alreadyArchived");
        } catch (ProblemException unknown) {
            redirect.addFlashAttribute("refusal", "partylist.bulk.unknown");
        }
    }

    @GetMapping("/new")
    @PreAuthorize(ThirdPartyService.CREATE)
    String newForm(Model model) {
        model.addAttribute("thirdParty", ThirdPartyRequest.newCustomer(thirdParties.defaultCountry()));
        return "party/form";
    }

    /** The form's address is optional: left empty, it is no address, and only a typed one is checked. */
    @PostMapping
    @PreAuthorize(ThirdPartyService.CREATE)
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
        model.addAttribute("tags", tags.of(id));
        model.addAttribute("allTags", tags.all());
        return "party/detail";
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize(ThirdPartyService.EDIT)
    String editForm(@PathVariable long id, Model model) {
        // The form reads the party's own fields; what it posts back binds to a request.
        model.addAttribute("thirdParty", thirdParties.get(id));
        model.addAttribute("id", id);
        return "party/form";
    }

    /** A refused rule shows the form again with the reason; a third party the tenant has not is the 404 page. */
    @PostMapping("/{id}")
    @PreAuthorize(ThirdPartyService.EDIT)
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
    @PreAuthorize(ThirdPartyService.DELETE)
    String confirmArchiveOrRestore(@PathVariable long id, Model model) {
        model.addAttribute("party", thirdParties.get(id));
        model.addAttribute("uses", thirdParties.uses(id));
        return "party/archive";
    }

    @PostMapping("/{id}/archive")
    @PreAuthorize(ThirdPartyService.DELETE)
    String archive(@PathVariable String slug, @PathVariable long id) {
        return redirectTo(slug, thirdParties.archive(id).getId());
    }

    @PostMapping("/{id}/restore")
    @PreAuthorize(ThirdPartyService.DELETE)
    String restore(@PathVariable String slug, @PathVariable long id) {
        return redirectTo(slug, thirdParties.restore(id).getId());
    }

    /** A child form with field errors shows the detail page again, the form as it was typed and its errors. */
    @PostMapping("/{id}/contacts")
    @PreAuthorize(ThirdPartyService.EDIT)
    String addContact(@PathVariable String slug, @PathVariable long id,
            @Valid @ModelAttribute("contact") ContactRequest contact, BindingResult errors, Model model) {
        return errors.hasErrors() ? detail(id, model) : backTo(slug, id, () -> thirdParties.addContact(id, contact));
    }

    @GetMapping("/{id}/contacts/{contactId}/edit")
    @PreAuthorize(ThirdPartyService.EDIT)
    String editContact(@PathVariable long id, @PathVariable long contactId, Model model) {
        model.addAttribute("contact", thirdParties.contact(id, contactId));
        return childForm(id, contactId, model, "party/contact");
    }

    /** A refused change (someone changed it meanwhile, the party archived) shows the form again with the reason. */
    @PostMapping("/{id}/contacts/{contactId}")
    @PreAuthorize(ThirdPartyService.EDIT)
    String changeContact(@PathVariable String slug, @PathVariable long id, @PathVariable long contactId,
            @Validated(ThirdPartyRequest.OnUpdate.class) @ModelAttribute("contact") ContactRequest contact,
            BindingResult errors, Model model) {
        thirdParties.contact(id, contactId);
        childForm(id, contactId, model, "party/contact");
        return Forms.submit(errors, model, "party/contact",
                () -> backTo(slug, id, () -> thirdParties.changeContact(id, contactId, contact)));
    }

    @PostMapping("/{id}/contacts/{contactId}/delete")
    @PreAuthorize(ThirdPartyService.EDIT)
    String removeContact(@PathVariable String slug, @PathVariable long id, @PathVariable long contactId,
            @RequestParam(required = false) Long version, Model model) {
        return Forms.orRefusal(model, () -> backTo(slug, id, () -> thirdParties.removeContact(id, contactId, version)),
                () -> detail(id, model));
    }

    @PostMapping("/{id}/addresses")
    @PreAuthorize(ThirdPartyService.EDIT)
    String addAddress(@PathVariable String slug, @PathVariable long id,
            @Valid @ModelAttribute("address") AddressRequest address, BindingResult errors, Model model) {
        return errors.hasErrors() ? detail(id, model) : backTo(slug, id, () -> thirdParties.addAddress(id, address));
    }

    @PostMapping("/{id}/notes")
    @PreAuthorize(ThirdPartyService.EDIT)
    String addNote(@PathVariable String slug, @PathVariable long id, @Valid @ModelAttribute("note") NoteRequest note,
            BindingResult errors, Model model) {
        return errors.hasErrors() ? detail(id, model) : backTo(slug, id, () -> thirdParties.note(id, note));
    }

    @GetMapping("/{id}/addresses/{addressId}/edit")
    @PreAuthorize(ThirdPartyService.EDIT)
    String editAddress(@PathVariable long id, @PathVariable long addressId, Model model) {
        model.addAttribute("address", thirdParties.address(id, addressId));
        return childForm(id, addressId, model, "party/address");
    }

    @PostMapping("/{id}/addresses/{addressId}")
    @PreAuthorize(ThirdPartyService.EDIT)
    String changeAddress(@PathVariable String slug, @PathVariable long id, @PathVariable long addressId,
            @Validated(ThirdPartyRequest.OnUpdate.class) @ModelAttribute("address") AddressRequest address,
            BindingResult errors, Model model) {
        thirdParties.address(id, addressId);
        childForm(id, addressId, model, "party/address");
        return Forms.submit(errors, model, "party/address",
                () -> backTo(slug, id, () -> thirdParties.changeAddress(id, addressId, address)));
    }

    @PostMapping("/{id}/addresses/{addressId}/delete")
    @PreAuthorize(ThirdPartyService.EDIT)
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
