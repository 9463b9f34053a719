package dev.atrium.plugin.context;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.Locale;

/**
 * The tenant the current request, job or event works for. The host implements
 * it; every call reads the tenant bound to the thread, and throws
 * {@link IllegalStateException} when none is bound.
 *
 * <p>Business dates are the tenant's: a contract signed at 23:30 in Auckland is
 * signed that day in Auckland, whatever UTC says. Take them from {@link #today()},
 * which reads the platform's clock (so tests can move it).
 *
 * <pre>{@code
 * LocalDate start = request.startDate() != null ? request.startDate() : tenant.today();
 * Money fee = Money.of("0", tenant.currency());
 * }</pre>
 */
public interface CurrentTenant {

    long id();

    String slug();

    /** The company's name. */
    String name();

    ZoneId zone();

    Locale locale();

    /** The tenant's default currency. */
    Currency currency();

    /** Today's date in the tenant's time zone, from the platform's clock. */
    LocalDate today();
}
