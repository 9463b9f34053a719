package dev.atrium.core.order;

import dev.atrium.core.principal.CorePermissions;
import dev.atrium.core.proposal.PageRefusal;
import dev.atrium.plugin.problem.ProblemException;
import java.util.function.LongSupplier;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The approved proposal's buttons "Create the sales order" and "Invoice it directly": off to the new document. */
@Controller
@RequestMapping("/t/{slug}/proposals")
@PreAuthorize("hasAuthority('" + CorePermissions.PROPOSAL_READ + "')")
class ProposalConversionPageController {

    private final ProposalConversions conversions;

    ProposalConversionPageController(ProposalConversions conversions) {
        this.conversions = conversions;
    }

    @PostMapping("/{id}/order")
    @PreAuthorize(OrderService.EDIT)
    String toOrder(@PathVariable String slug, @PathVariable long id, RedirectAttributes redirect) {
        return converted(slug, id, redirect, "orders", () -> conversions.toOrder(id).id());
    }

    @PostMapping("/{id}/invoice")
    @PreAuthorize("hasAuthority('" + CorePermissions.INVOICE_EDIT + "')")
    String toInvoice(@PathVariable String slug, @PathVariable long id, RedirectAttributes redirect) {
        return converted(slug, id, redirect, "invoices", () -> conversions.toInvoice(id));
    }

    private static String converted(String slug, long id, RedirectAttributes redirect, String documents,
            LongSupplier conversion) {
        try {
            return "redirect:/t/" + slug + "/" + documents + "/" + conversion.getAsLong();
        } catch (ProblemException refusal) {
            if (refusal.status() == 404) {
                throw refusal;
            }
            redirect.addFlashAttribute("refusal", PageRefusal.of(refusal, "convert", field -> field));
            return "redirect:/t/" + slug + "/proposals/" + id;
        }
    }
}
