/**
 * Documents on paper: a module describes what its document says as a {@link dev.atrium.plugin.print.PrintableDocument}
 * and the host's {@link dev.atrium.plugin.print.DocumentPrinter} lays it out as a PDF under the tenant's letterhead.
 */
package dev.atrium.plugin.print;
