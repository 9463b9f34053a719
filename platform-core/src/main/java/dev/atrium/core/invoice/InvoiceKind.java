package dev.atrium.core.invoice;

/** An invoice bills; a credit note takes back (part of) one validated invoice, with its own number series. */
public enum InvoiceKind {
    INVOICE(InvoiceDeclarations.INVOICE_SERIES),
    CREDIT_NOTE(InvoiceDeclarations.CREDIT_NOTE_SERIES);

    private final String series;

    InvoiceKind(String series) {
        this.series = series;
    }

    /** The number series its legal numbers come from. */
    String series() {
        return series;
    }
}
