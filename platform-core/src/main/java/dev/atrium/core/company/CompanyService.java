package dev.atrium.core.company;

import dev.atrium.core.principal.CorePermissions;
import dev.atrium.core.problem.ProblemTexts;
import dev.atrium.core.tenancy.TenantContext;
import dev.atrium.core.tenant.TenantService;
import dev.atrium.core.tenant.TenantSummary;
import dev.atrium.core.web.Forms;
import dev.atrium.plugin.problem.FieldError;
import dev.atrium.plugin.problem.NotFoundException;
import dev.atrium.plugin.problem.ProblemException;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Month;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The company's settings and logo, for the API, the setup page and the first sign-in alike. */
@Service
class CompanyService implements CompanyLogo, CompanyProfile, CompanyCountry {

    static final String SETUP_COMPANY = "hasAuthority('" + CorePermissions.SETUP_COMPANY + "')";

    static final Set<String> LANGUAGES = Set.of("en", "fr");
    static final int MAX_NAME = 200;
    static final int MAX_ADDRESS = 500;
    static final int MAX_TAX_ID = 40;
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private final CompanyRows rows;
    private final TenantService tenants;
    private final Clock clock;

    CompanyService(CompanyRows rows, TenantService tenants, Clock clock) {
        this.rows = rows;
        this.tenants = tenants;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    CompanySettings get() {
        long tenantId = TenantContext.require();
        TenantSummary tenant = tenants.get(tenantId);
        return view(tenant, stored(tenant));
    }

    @Transactional(readOnly = true)
    @Override
    public Optional<String> country() {
        return Optional.ofNullable(stored(tenants.get(TenantContext.require())).country());
    }

    @Transactional(readOnly = true)
    @Override
    public CompanySettings current() {
        return get();
    }

    /** Whether the owner still has to confirm the settings provisioning guessed. */
    @Transactional(readOnly = true)
    boolean awaitsConfirmation() {
        return rows.find(TenantContext.require()).map(stored -> !stored.confirmed()).orElse(true);
    }

    /** Checks every field (one 400 naming each bad one), then saves them all and marks them confirmed. */
    @Transactional
    CompanySettings change(CompanyRequest request) {
        long tenantId = TenantContext.require();
        List<FieldError> errors = new ArrayList<>();
        String name = text(request.name(), "name", MAX_NAME, true, errors);
        String legalName = text(request.legalName(), "legalName", MAX_NAME, false, errors);
        String address = text(request.address(), "address", MAX_ADDRESS, false, errors);
        String country = country(request.country(), errors);
        String taxId = text(request.taxId(), "taxId", MAX_TAX_ID, false, errors);
        Currency currency = currency(request.defaultCurrency(), errors);
        Locale locale = locale(request.locale(), errors);
        ZoneId zone = zone(request.timeZone(), errors);
        int month = request.fiscalYearMonth() == null ? 0 : request.fiscalYearMonth();
        int day = request.fiscalYearDay() == null ? 1 : request.fiscalYearDay();
        if (month < 1 || month > 12) {
            errors.add(new FieldError("fiscalYearMonth", "{problem.field.fiscal-month}"));
        } else if (day < 1 || day > Month.of(month).minLength()) {
            errors.add(new FieldError("fiscalYearDay", "{problem.field.fiscal-day}"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalidFields(errors);
        }
        TenantSummary tenant = tenants.describe(tenantId, name, currency, locale, zone);
        rows.save(tenantId, legalName, address, country == null ? countryOf(locale) : country, taxId, month, day,
                clock.instant());
        return view(tenant, rows.find(tenantId).orElseThrow());
    }

    /** Marks the settings as seen without changing them: "later" on the first sign-in asks again next time. */
    @Transactional
    void ensureRow() {
        ensureRow(TenantContext.require());
    }

    @Transactional
    void replaceLogo(byte[] upload) {
        LogoImage logo;
        try {
            logo = LogoImage.from(upload);
        } catch (LogoImage.RefusedException refused) {
            throw refusal(refused.refusal());
        }
        long tenantId = TenantContext.require();
        ensureRow(tenantId);
        rows.saveLogo(tenantId, logo.png(), logo.width(), logo.height(), clock.instant());
    }

    @Transactional(readOnly = true)
    @Override
    public Optional<byte[]> png() {
        return rows.logo(TenantContext.require());
    }

    @Transactional
    void removeLogo() {
        if (!rows.deleteLogo(TenantContext.require())) {
            throw new NotFoundException("Logo", "company");
        }
    }

    private void ensureRow(long tenantId) {
        rows.ensure(tenantId, countryOf(tenants.get(tenantId).locale()), clock.instant());
    }

    private CompanyRows.Stored stored(TenantSummary tenant) {
        return rows.find(tenant.id()).orElseGet(() -> CompanyRows.Stored.defaultsIn(tenant.locale()));
    }

    /** The country {@code locale} names (fr-BE: BE); null for a locale that names only a language. */
    static String countryOf(Locale locale) {
        return locale.getCountry().isEmpty() ? null : locale.getCountry();
    }

    private static ProblemException refusal(LogoImage.Refusal refusal) {
        // Worded in the reader's language from the problem bundle, where the problem is answered.
        String message = switch (refusal) {
            case EMPTY -> "{problem.field.logo-empty}";
            case TOO_LARGE -> ProblemTexts.key("problem.field.logo-too-large", LogoImage.MAX_BYTES / 1024);
            case NOT_AN_IMAGE -> "{problem.field.logo-not-an-image}";
            case TOO_MANY_PIXELS -> ProblemTexts.key("problem.field.logo-too-many-pixels", LogoImage.MAX_SIDE);
        };
        return new ProblemException(refusal == LogoImage.Refusal.TOO_LARGE ? 413 : 400, "logo-refused",
                "Logo refused", "The logo was refused: " + refusal.name() + ".",
                Map.of("errors", List.of(new FieldError("logo", message)), "reason", refusal.name()));
    }

    private static CompanySettings view(TenantSummary tenant, CompanyRows.Stored stored) {
        return new CompanySettings(tenant.name(), stored.legalName(), stored.address(), stored.country(),
                stored.taxId(),
                tenant.defaultCurrency().getCurrencyCode(), tenant.locale().toLanguageTag(), tenant.timeZone().getId(),
                stored.fiscalYearMonth(), stored.fiscalYearDay(), stored.confirmed(), stored.hasLogo());
    }

    private static String text(String value, String field, int max, boolean required, List<FieldError> errors) {
        String trimmed = value == null ? "" : value.strip();
        if (required && trimmed.isEmpty()) {
            errors.add(new FieldError(field, "{problem.field.not-blank}"));
        } else if (trimmed.length() > max) {
            errors.add(new FieldError(field, ProblemTexts.key("problem.field.max-characters", max)));
        } else if (trimmed.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r')) {
            errors.add(new FieldError(field, "{problem.field.no-control-characters}"));
        }
        return trimmed;
    }

    /** Null for a country left out; otherwise an ISO 3166 code or a field error. */
    private static String country(String code, List<FieldError> errors) {
        if (code == null) {
            return null;
        }
        if (COUNTRIES.contains(code)) {
            return code;
        }
        errors.add(new FieldError("country", "{problem.field.country}"));
        return null;
    }

    private static Currency currency(String code, List<FieldError> errors) {
        if (code != null && code.matches("[A-Z]{3}")) {
            for (Currency currency : Currency.getAvailableCurrencies()) {
                if (currency.getCurrencyCode().equals(code) && Forms.isCurrent(currency)) {
                    return currency;
                }
            }
        }
        errors.add(new FieldError("defaultCurrency", "{problem.field.currency}"));
        return null;
    }

    static Locale locale(String tag, List<FieldError> errors) {
        if (tag != null && tag.matches("[a-z]{2}(-[A-Z]{2})?")) {
            Locale locale = Locale.forLanguageTag(tag);
            if (LANGUAGES.contains(locale.getLanguage()) && (locale.getCountry().isEmpty()
                    || Set.of(Locale.getISOCountries()).contains(locale.getCountry()))) {
                return locale;
            }
        }
        errors.add(new FieldError("locale", "{problem.field.locale}"));
        return null;
    }

    private static ZoneId zone(String id, List<FieldError> errors) {
        if (id != null && ZoneId.getAvailableZoneIds().contains(id)) {
            try {
                return ZoneId.of(id);
            } catch (DateTimeException e) {
                // falls through to the field error
            }
        }
        errors.add(new FieldError("timeZone", "{problem.field.time-zone}"));
        return null;
    }
}
