package dev.atrium.core.order;

import dev.atrium.core.principal.CorePermissions;
import dev.atrium.core.sending.SendableDocument;
import dev.atrium.core.sending.SendableDocuments;
import dev.atrium.core.web.Formats;
import dev.atrium.plugin.print.DocumentPrinter;
import dev.atrium.plugin.print.PrintableDocument;
import dev.atrium.plugin.problem.NotFoundException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Sales orders sent by email as the customer's order confirmation: the order's PDF attached, its reference and
 * total offered to the template. A draft has no reference yet and may change, so only a validated order (or one
 * further along) is sent; sending changes nothing on the order but its history. Sending takes {@code order:edit},
 * the right of whoever handles orders, since no right is given to sending orders alone.
 */
@Component
class OrderSending implements SendableDocuments {

    private final OrderService orders;
    private final DocumentPrinter printer;

    OrderSending(OrderService orders, DocumentPrinter printer) {
        this.orders = orders;
        this.printer = printer;
    }

    @Override
    public String kind() {
        return OrderService.HISTORY;
    }

    @Override
    public String right() {
        return CorePermissions.ORDER_EDIT;
    }

    @Override
    public List<String> placeholders() {
        return List.of("order.number", "order.total");
    }

    @Override
    public Optional<SendableDocument> find(long id) {
        OrderView order;
        try {
            order = orders.get(id);
        } catch (NotFoundException missing) {
            return Optional.empty();
        }
        Locale locale = LocaleContextHolder.getLocale();
        PrintableDocument printable = orders.printable(id, locale);
        String reference = printable.number();
        Formats.Writer formats = new Formats.Writer();
        return Optional.of(new SendableDocument(order.id(), order.partyId(), reference, "orders/" + order.id(),
                Map.of("order.number", reference, "order.total", formats.money(order.totals().gross())),
                new SendableDocument.Pdf(reference + ".pdf", () -> printer.pdf(printable, locale)),
                order.status() == OrderStatus.DRAFT ? Optional.of("{order.send.draft}") : Optional.empty()));
    }

    /** The sending's history entry is all an order keeps of it: its status says where the goods are, not the mail. */
    @Override
    public void sent(long id, String recipient) {
        // nothing to move: the sending itself wrote the order's history entry
    }
}
