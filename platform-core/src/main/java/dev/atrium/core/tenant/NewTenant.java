package dev.atrium.core.tenant;

import java.time.ZoneId;
import java.util.Currency;
import java.util.Locale;

/** The facts a tenant is created with. */
public record NewTenant(String slug, String name, Currency defaultCurrency, Locale locale, ZoneId timeZone) {
}
