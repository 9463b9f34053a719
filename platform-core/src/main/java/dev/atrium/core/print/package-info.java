/**
 * Documents on paper: the plugin API's {@link dev.atrium.plugin.print.DocumentPrinter}, laying a
 * {@link dev.atrium.plugin.print.PrintableDocument} out under the bound tenant's letterhead as an A4 PDF that
 * fetches nothing it was not given, and {@link dev.atrium.core.print.SalesDocumentPdf}, the download the sales
 * documents' {@code GET .../pdf} answer with; and Setup → Company's sample invoice, to see the letterhead.
 */
@ApplicationModule(displayName = "Printing", allowedDependencies = {"company", "principal", "sales", "tenancy", "web"})
package dev.atrium.core.print;

import org.springframework.modulith.ApplicationModule;
