/**
 * Documents sent by email: each kind of document (an invoice, a proposal, a module's report) declares itself
 * with a {@link dev.atrium.core.sending.SendableDocuments} bean; this feature gives it the tenant's templates
 * (Setup → Email templates, placeholders only, substituted by our own scanner), the send page and API, the PDF
 * attached and the entry in the document's history.
 */
@ApplicationModule(displayName = "Sending", allowedDependencies = {"mail", "party", "principal", "problem", "web"})
package dev.atrium.core.sending;

import org.springframework.modulith.ApplicationModule;
