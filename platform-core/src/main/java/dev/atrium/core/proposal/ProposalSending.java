package dev.atrium.core.proposal;

import dev.atrium.core.principal.CorePermissions;
import dev.atrium.plugin.print.DocumentPrinter;
import dev.atrium.plugin.print.PrintableDocument;
import dev.atrium.core.sending.SendableDocument;
import dev.atrium.core.sending.SendableDocuments;
import dev.atrium.core.web.Formats;
import dev.atrium.plugin.problem.NotFoundException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Proposals sent by email from their page: the proposal's PDF attached, the reference, total and validity date
 * offered to the template. Sending a draft makes it Sent; a proposal past Draft stays where it is, and may be
 * sent again (a reminder, a copy to another contact).
 */
@Component
class ProposalSending implements SendableDocuments {

    private final ProposalService proposals;
    private final DocumentPrinter printer;

    ProposalSending(ProposalService proposals, DocumentPrinter printer) {
        this.proposals = proposals;
        this.printer = printer;
    }

    @Override
    public String kind() {
        return ProposalService.HISTORY;
    }

    @Override
    public String right() {
        return CorePermissions.PROPOSAL_SEND;
    }

    @Override
    public List<String> placeholders() {
        return List.of("proposal.number", "proposal.total", "proposal.valid-until");
    }

    @Override
    public Optional<SendableDocument> find(long id) {
        ProposalView proposal;
        try {
            proposal = proposals.get(id);
        } catch (NotFoundException missing) {
            return Optional.empty();
        }
        Locale locale = LocaleContextHolder.getLocale();
        PrintableDocument printable = proposals.printable(id, locale);
        Formats.Writer formats = new Formats.Writer();
        return Optional.of(new SendableDocument(proposal.id(), proposal.partyId(), proposal.reference(),
                "proposals/" + proposal.id(), Map.of(
                        "proposal.number", proposal.reference(),
                        "proposal.total", formats.money(proposal.totals().gross()),
                        "proposal.valid-until", formats.date(proposal.validUntil())),
                new SendableDocument.Pdf(proposal.reference() + ".pdf", () -> printer.pdf(printable, locale)),
                Optional.empty()));
    }

    @Override
    public void sent(long id, String recipient) {
        proposals.sentByEmail(id);
    }
}
