package dev.atrium.plugin.money;

/** Two amounts of different currencies were added, subtracted or compared: a bug in the caller, never rounding. */
public final class CurrencyMismatchException extends IllegalArgumentException {

    CurrencyMismatchException(Money left, Money right) {
        super("Cannot combine " + left.currency().getCurrencyCode() + " and " + right.currency().getCurrencyCode()
                + " amounts; convert one first");
    }
}
