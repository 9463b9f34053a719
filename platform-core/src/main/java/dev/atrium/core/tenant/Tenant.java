package dev.atrium.core.tenant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.Locale;

/** A company using Atrium. A platform row: it is not itself scoped to a tenant. */
@Entity
@Table(name = "tenant")
public class Tenant {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "tenant_id")
    @SequenceGenerator(name = "tenant_id", sequenceName = "tenant_id_seq", allocationSize = 1)
    private Long id;

    private String slug;
    private String name;

    @Enumerated(EnumType.STRING)
    private TenantStatus status;

    @Column(name = "default_currency")
    private String defaultCurrency;

    private String locale;

    @Column(name = "time_zone")
    private String timeZone;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    /** Fixed when the tenant closes, so a later change of the deployment's retention never shortens it. */
    @Column(name = "retained_until")
    private LocalDate retainedUntil;

    @Version
    private long version;

    protected Tenant() {
    }

    Tenant(String slug, String name, Currency currency, Locale locale, ZoneId zone, Instant now) {
        this.slug = slug;
        this.name = name;
        this.status = TenantStatus.ACTIVE;
        this.defaultCurrency = currency.getCurrencyCode();
        this.locale = locale.toLanguageTag();
        this.timeZone = zone.getId();
        this.createdAt = now;
    }

    void describe(String name, Currency currency, Locale locale, ZoneId zone) {
        this.name = name;
        this.defaultCurrency = currency.getCurrencyCode();
        this.locale = locale.toLanguageTag();
        this.timeZone = zone.getId();
    }

    void suspend() {
        status = status.moveTo(TenantStatus.SUSPENDED);
    }

    void resume() {
        status = status.moveTo(TenantStatus.ACTIVE);
    }

    void close(Instant now, LocalDate retainedUntil) {
        status = status.moveTo(TenantStatus.CLOSED);
        this.closedAt = now;
        this.retainedUntil = retainedUntil;
    }

    public Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public String getName() {
        return name;
    }

    public TenantStatus getStatus() {
        return status;
    }

    public boolean isActive() {
        return status == TenantStatus.ACTIVE;
    }

    public Currency getDefaultCurrency() {
        return Currency.getInstance(defaultCurrency);
    }

    public Locale getLocale() {
        return Locale.forLanguageTag(locale);
    }

    public ZoneId getTimeZone() {
        return ZoneId.of(timeZone);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public LocalDate getRetainedUntil() {
        return retainedUntil;
    }
}
