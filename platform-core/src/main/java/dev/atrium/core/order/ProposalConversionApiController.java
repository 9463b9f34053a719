package dev.atrium.core.order;

import dev.atrium.core.principal.CorePermissions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/proposals")
@Tag(name = "Proposals")
class ProposalConversionApiController {

    private static final String READ_PROPOSAL = "hasAuthority('" + CorePermissions.PROPOSAL_READ + "') and ";
    private static final String EDIT_INVOICE = "hasAuthority('" + CorePermissions.INVOICE_EDIT + "')";

    private final ProposalConversions conversions;

    ProposalConversionApiController(ProposalConversions conversions) {
        this.conversions = conversions;
    }

    @PostMapping("/{id}/order")
    @PreAuthorize(READ_PROPOSAL + OrderService.EDIT)
    @Operation(summary = "Turn an approved proposal into a sales order", description = "A draft order with the "
            + "proposal's party, currency, notes and lines, figures unchanged; the proposal names it and it names "
            + "the proposal. 409 unless approved and not converted yet. 201 with the order and its Location.")
    ResponseEntity<OrderView> toOrder(@PathVariable long id) {
        OrderView order = conversions.toOrder(id);
        return ResponseEntity.created(URI.create("/api/v1/orders/" + order.id())).body(order);
    }

    @PostMapping("/{id}/invoice")
    @PreAuthorize(READ_PROPOSAL + EDIT_INVOICE)
    @Operation(summary = "Turn an approved proposal straight into a draft invoice", description = "The invoice has "
            + "the proposal's lines, figures unchanged, and names the proposal as its origin; the party must be a "
            + "customer. 409 unless approved and not converted yet. 201 with the invoice's id and Location.")
    ResponseEntity<InvoiceCreated> toInvoice(@PathVariable long id) {
        InvoiceCreated created = InvoiceCreated.of(conversions.toInvoice(id));
        return ResponseEntity.created(URI.create(created.location())).body(created);
    }
}
