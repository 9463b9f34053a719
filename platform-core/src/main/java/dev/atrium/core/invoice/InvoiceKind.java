package dev.atrium.core.invoice;

/** An invoice bills; a credit note takes back (part of) one validated invoice, with its own number series. */
public enum InvoiceKind {
    INVOICE(InvoiceDeclarations.INVOICE_SERIES, "invoice"),
    CREDIT_NOTE(InvoiceDeclarations.CREDIT_NOTE_SERIES, "credit-note");

    private final String series;
    private final String documentType;

    InvoiceKind(String series, String documentType) {
        this.series = series;
        this.documentType = documentType;
    }

    /** The type its documents are linked as. */
    String documentType() {
        return documentType;
    }

    /** The number series its legal numbers come from. */
    String series() {
        return series;
    }
}
