package dev.atrium.contracts;

import dev.atrium.contracts.ContractApiController.AddContractLineRequest;
import dev.atrium.contracts.ContractApiController.RegisterContractRequest;
import dev.atrium.contracts.ContractService.InvalidFields;
import dev.atrium.contracts.ContractService.RegisterContract;
import dev.atrium.plugin.context.CurrentTenant;
import dev.atrium.plugin.context.CurrentUser;
import dev.atrium.plugin.history.RecordHistory;
import dev.atrium.plugin.list.ExportFormat;
import dev.atrium.plugin.list.ListColumns;
import dev.atrium.plugin.link.DocumentLinks;
import dev.atrium.plugin.link.DocumentRef;
import dev.atrium.plugin.party.Parties;
import dev.atrium.plugin.party.PartyReference;
import dev.atrium.plugin.problem.ProblemException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The contracts' pages; a refused line status change is the host's 409 page, as any rule a page breaks. */
@Controller
class ContractPageController {

    /** The most customers the new-contract form offers at once; a tenant with more types to narrow them. */
    private static final int CUSTOMER_CHOICES = 100;

    /** What the list page offers for rows per page; the API takes any size from 1 to 100. */
    private static final List<Integer> PAGE_SIZES = List.of(25, 50, 100);

    private final ContractService contracts;
    private final Parties parties;
    private final CurrentUser user;
    private final CurrentTenant tenant;
    private final ListColumns columns;
    private final DocumentLinks links;

    ContractPageController(ContractService contracts, Parties parties, CurrentUser user, CurrentTenant tenant,
            ListColumns columns, DocumentLinks links) {
        this.columns = columns;
        this.contracts = contracts;
        this.parties = parties;
        this.user = user;
        this.tenant = tenant;
        this.links = links;
    }

    /** The list: a search, a tag, a sort and a page, as the API takes them; a bad one is the host's 400 page. */
    @GetMapping("/t/{slug}/contracts")
    String index(@PathVariable String slug, @RequestParam(name = "q", required = false) @Size(max = 100) String q,
            @RequestParam(name = "tag", required = false) Long tag,
            @RequestParam(name = "sort", required = false) @Size(max = 200) String sort,
            @RequestParam(name = "after", required = false) @Size(max = ContractApiController.CURSOR_LENGTH)
            String after,
            @RequestParam(name = "before", required = false) @Size(max = ContractApiController.CURSOR_LENGTH)
            String before,
            @RequestParam(name = "size", defaultValue = "" + ContractSearch.DEFAULT_SIZE)
            @Min(1) @Max(ContractSearch.MAX_SIZE) int size, Model model) {
        ContractSearch search = new ContractSearch(q, tag, sort, after, before, size);
        model.addAttribute("slug", slug);
        model.addAttribute("search", search);
        model.addAttribute("result", contracts.list(search));
        model.addAttribute("allTags", contracts.allTags());
        model.addAttribute("pageSizes", PAGE_SIZES);
        model.addAttribute("listColumns", ContractColumns.LIST);
        model.addAttribute("shown", new HashSet<>(columns.shown(ContractColumns.LIST)));
        model.addAttribute("exportFields", ContractColumns.EXPORT.headers());
        model.addAttribute("mayWrite", user.hasPermission("contracts:write"));
        return "contracts/index";
    }

    /**
     * The column chooser: {@code action=save} remembers the ticked columns for the signed-in user, {@code reset}
     * goes back to the defaults; either way back to the list with its filters. A column the list does not offer
     * is the host's 400 page, and nothing is saved.
     */
    @PostMapping("/t/{slug}/contracts/columns")
    @PreAuthorize("hasAuthority('contracts:read')")
    String chooseColumns(@PathVariable String slug, @RequestParam(required = false) List<String> columns,
            @RequestParam(defaultValue = "save") String action, @RequestParam(required = false) String back,
            RedirectAttributes redirect) {
        if (action.equals("reset")) {
            this.columns.reset(ContractColumns.LIST);
            redirect.addFlashAttribute("notice", "contracts.list.columns.reset");
        } else {
            this.columns.choose(ContractColumns.LIST, columns == null ? List.of() : columns);
            redirect.addFlashAttribute("notice", "contracts.list.columns.saved");
        }
        return backToList(slug, back);
    }

    /** Every match of the list's search as a download, with the columns and format the page's picker chose. */
    @GetMapping("/t/{slug}/contracts/export")
    @PreAuthorize("hasAuthority('contracts:read')")
    void export(@RequestParam(name = "q", required = false) @Size(max = 100) String q,
            @RequestParam(name = "tag", required = false) Long tag,
            @RequestParam(name = "sort", required = false) @Size(max = 200) String sort,
            @RequestParam(required = false) List<String> fields, @RequestParam(required = false) String format,
            HttpServletResponse response) throws IOException {
        contracts.export(new ContractSearch(q, tag, sort, null, null, ContractSearch.DEFAULT_SIZE), fields,
                ExportFormat.of(format), response);
    }

    /**
     * What the list's bulk buttons post: {@code export-selected} exports the ticked rows, {@code export} every
     * match of the list's search; with no row ticked, "Export selected" comes back to the list saying so.
     */
    @PostMapping("/t/{slug}/contracts/selection")
    @PreAuthorize("hasAuthority('contracts:read')")
    String selection(@PathVariable String slug, @RequestParam String action,
            @RequestParam(name = "q", required = false) @Size(max = 100) String q,
            @RequestParam(name = "tag", required = false) Long tag,
            @RequestParam(name = "sort", required = false) @Size(max = 200) String sort,
            @RequestParam(name = "ids", required = false) List<Long> ids,
            @RequestParam(required = false) List<String> fields, @RequestParam(required = false) String format,
            @RequestParam(required = false) String back, HttpServletResponse response,
            RedirectAttributes redirect) throws IOException {
        ContractSearch search = new ContractSearch(q, tag, sort, null, null, ContractSearch.DEFAULT_SIZE, ids);
        switch (action) {
            case "export" -> contracts.export(search.everyMatch(), fields, ExportFormat.of(format), response);
            case "export-selected" -> {
                if (search.ids().isEmpty()) {
                    redirect.addFlashAttribute("refusal", "contracts.list.bulk.noneSelected");
                    return backToList(slug, back);
                }
                contracts.export(search, fields, ExportFormat.of(format), response);
            }
            default -> throw ProblemException.invalidField("action", "must be export-selected or export");
        }
        return null;
    }

    /** The list as it was: {@code back} is its query string, kept only when it is one. */
    private static String backToList(String slug, String back) {
        return "redirect:/t/" + slug + "/contracts" + (back != null && back.startsWith("?") ? back : "");
    }

    @GetMapping("/t/{slug}/contracts/new")
    @PreAuthorize("hasAuthority('contracts:write')")
    String newContract(@PathVariable String slug, @RequestParam(required = false) String customer, Model model) {
        if (!model.containsAttribute("contract")) {
            model.addAttribute("contract", new RegisterContractRequest(null, null, null, null, null));
        }
        model.addAttribute("slug", slug);
        model.addAttribute("customer", customer);
        model.addAttribute("customers", activeCustomers(customer));
        return "contracts/new";
    }

    /**
     * A refusal that names what was typed (a reference already used, a party that is no active customer) shows
     * beside that field, with the input kept; the contract is written only when nothing is refused.
     */
    @PostMapping("/t/{slug}/contracts")
    @PreAuthorize("hasAuthority('contracts:write')")
    String register(@PathVariable String slug, @Valid @ModelAttribute("contract") RegisterContractRequest contract,
            BindingResult errors, Model model) {
        if (!errors.hasErrors()) {
            try {
                long id = contracts.register(new RegisterContract(contract.reference(), contract.title(),
                        contract.partyId(), contract.startDate(), contract.endDate())).id();
                return redirectTo(slug, id);
            } catch (InvalidFields invalid) {
                invalid.fields().forEach((field, message) -> errors.rejectValue(field, "invalid", message));
            } catch (ProblemException refused) {
                String field = refused.type().startsWith("contract-reference") ? "reference" : "partyId";
                errors.rejectValue(field, refused.type(), refused.detail());
            }
        }
        return newContract(slug, null, model);
    }

    private List<PartyReference> activeCustomers(String text) {
        return parties.search(text, CUSTOMER_CHOICES).stream()
                .filter(party -> party.customer() && party.active())
                .toList();
    }

    @GetMapping("/t/{slug}/contracts/{contractId}")
    String detail(@PathVariable String slug, @PathVariable long contractId, Model model) {
        model.addAttribute("slug", slug);
        model.addAttribute("contract", contracts.get(contractId));
        if (!model.containsAttribute("line")) {
            model.addAttribute("line", new AddContractLineRequest(null, null, null, null, null));
        }
        if (!model.containsAttribute("note")) {
            model.addAttribute("note", new NoteForm(null));
        }
        model.addAttribute("timeline", contracts.history(contractId));
        model.addAttribute("links", links.linkedTo(new DocumentRef(ContractLinks.TYPE, contractId)));
        model.addAttribute("zone", tenant.zone());
        model.addAttribute("allTags", contracts.allTags());
        model.addAttribute("mayWrite", user.hasPermission("contracts:write"));
        return "contracts/detail";
    }

    /** The card's tag picker: the ticked tags become the contract's; a refusal is a message on the card. */
    @PostMapping("/t/{slug}/contracts/{contractId}/tags")
    @PreAuthorize("hasAuthority('contracts:write')")
    String retag(@PathVariable String slug, @PathVariable long contractId,
            @RequestParam(name = "tagIds", required = false) List<Long> tagIds, RedirectAttributes redirect) {
        try {
            contracts.retag(contractId, tagIds == null ? List.of() : tagIds);
            redirect.addFlashAttribute("tagsSaved", true);
        } catch (ProblemException refusal) {
            if (refusal.status() == 404) {
                throw refusal;
            }
            redirect.addFlashAttribute("tagRefusal", refusal.detail());
        }
        return redirectTo(slug, contractId) + "#tags";
    }

    @PostMapping("/t/{slug}/contracts/{contractId}/notes")
    @PreAuthorize("hasAuthority('contracts:write')")
    String addNote(@PathVariable String slug, @PathVariable long contractId,
            @Valid @ModelAttribute("note") NoteForm note, BindingResult errors, Model model) {
        if (errors.hasErrors()) {
            return detail(slug, contractId, model);
        }
        contracts.note(contractId, note.text());
        return redirectTo(slug, contractId);
    }

    /** Field errors, from the form or from the service's checks, show beside their inputs on the detail page. */
    @PostMapping("/t/{slug}/contracts/{contractId}/lines")
    @PreAuthorize("hasAuthority('contracts:write')")
    String addLine(@PathVariable String slug, @PathVariable long contractId,
            @Valid @ModelAttribute("line") AddContractLineRequest line, BindingResult errors, Model model) {
        if (!errors.hasErrors()) {
            try {
                contracts.addLine(contractId, line.toCommand());
                return redirectTo(slug, contractId);
            } catch (InvalidFields invalid) {
                invalid.fields().forEach((field, message) -> errors.rejectValue(field, "invalid", message));
            }
        }
        return detail(slug, contractId, model);
    }

    @PostMapping("/t/{slug}/contracts/{contractId}/lines/{contractLineId}/activate")
    @PreAuthorize("hasAuthority('contracts:write')")
    String activateLine(@PathVariable String slug, @PathVariable long contractId, @PathVariable long contractLineId) {
        contracts.activateLine(contractId, contractLineId);
        return redirectTo(slug, contractId);
    }

    @PostMapping("/t/{slug}/contracts/{contractId}/lines/{contractLineId}/close")
    @PreAuthorize("hasAuthority('contracts:write')")
    String closeLine(@PathVariable String slug, @PathVariable long contractId, @PathVariable long contractLineId) {
        contracts.closeLine(contractId, contractLineId);
        return redirectTo(slug, contractId);
    }

    /** A note on the contract's timeline, checked as the host checks it. */
    record NoteForm(@NotBlank @Size(max = RecordHistory.MAX_NOTE) String text) {
    }

    private static String redirectTo(String slug, long contractId) {
        return "redirect:/t/" + slug + "/contracts/" + contractId;
    }
}
