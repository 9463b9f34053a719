package dev.atrium.contracts;

import dev.atrium.contracts.ContractApiController.AddContractLineRequest;
import dev.atrium.contracts.ContractService.InvalidFields;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import jakarta.validation.Valid;

/** The contracts' pages; a refused line status change is the host's 409 page, as any rule a page breaks. */
@Controller
class ContractPageController {

    private final ContractService contracts;

    ContractPageController(ContractService contracts) {
        this.contracts = contracts;
    }

    @GetMapping("/t/{slug}/contracts")
    String index(@PathVariable String slug, Model model) {
        model.addAttribute("slug", slug);
        model.addAttribute("contracts", contracts.list());
        return "contracts/index";
    }

    @GetMapping("/t/{slug}/contracts/{contractId}")
    String detail(@PathVariable String slug, @PathVariable long contractId, Model model) {
        model.addAttribute("slug", slug);
        model.addAttribute("contract", contracts.get(contractId));
        if (!model.containsAttribute("line")) {
            model.addAttribute("line", new AddContractLineRequest(null, null, null, null, null));
        }
        return "contracts/detail";
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

    private static String redirectTo(String slug, long contractId) {
        return "redirect:/t/" + slug + "/contracts/" + contractId;
    }
}
