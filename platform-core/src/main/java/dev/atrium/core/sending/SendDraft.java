package dev.atrium.core.sending;

import dev.atrium.core.party.PartyEmailAddresses.EmailAddress;
import java.util.List;

/**
 * The email a document would be sent with, before the person sends it: the send page's and the API's starting
 * point.
 *
 * @param reference   how people name the document
 * @param path        the document's page below the tenant's pages
 * @param addresses   the party's addresses to choose from, the primary contact's first
 * @param to          the address chosen to begin with (the first offered), or empty when the party has none
 * @param subject     the template's subject, its placeholders filled
 * @param message     the template's body, its placeholders filled
 * @param attachment  the file name of the PDF that goes with it
 * @param notSendable why it may not be sent now, in the reader's language, or null when it may
 */
record SendDraft(String kind, long id, String reference, String path, List<EmailAddress> addresses, String to, String subject,
        String message, String attachment, String notSendable) {
}
