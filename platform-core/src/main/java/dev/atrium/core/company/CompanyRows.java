package dev.atrium.core.company;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The SQL of {@code company_settings} and {@code company_logo}, through the transaction's tenant-bound connection. */
@Component
class CompanyRows {

    /** @param country an ISO 3166 code, null while the company has none */
    record Stored(String legalName, String address, String country, String taxId, int fiscalYearMonth,
            int fiscalYearDay, boolean confirmed, boolean hasLogo) {

        /** What a company that never saved its settings has: the country its locale names, if it names one. */
        static Stored defaultsIn(Locale locale) {
            return new Stored("", "", CompanyService.countryOf(locale), "", 1, 1, false, false);
        }
    }

    private final EntityManager entityManager;

    CompanyRows(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    Optional<Stored> find(long tenantId) {
        List<Tuple> rows = entityManager.createNativeQuery("""
                        select s.legal_name, s.address, s.country, s.tax_id, s.fiscal_year_month, s.fiscal_year_day,
                               s.confirmed_at is not null, exists (select 1 from company_logo l
                                                                    where l.tenant_id = s.tenant_id)
                          from company_settings s where s.tenant_id = :tenant""", Tuple.class)
                .setParameter("tenant", tenantId).getResultList();
        return rows.stream().findFirst().map(row -> new Stored(row.get(0, String.class), row.get(1, String.class),
                row.get(2, String.class), row.get(3, String.class), ((Number) row.get(4)).intValue(),
                ((Number) row.get(5)).intValue(), row.get(6, Boolean.class), row.get(7, Boolean.class)));
    }

    void save(long tenantId, String legalName, String address, String country, String taxId, int month, int day,
            Instant now) {
        entityManager.createNativeQuery("""
                        insert into company_settings (tenant_id, legal_name, address, country, tax_id,
                                                      fiscal_year_month, fiscal_year_day, confirmed_at, updated_at)
                        values (:tenant, :legal, :address, :country, :tax, :month, :day, :now, :now)
                        on conflict (tenant_id) do update
                           set legal_name = excluded.legal_name, address = excluded.address,
                               country = excluded.country, tax_id = excluded.tax_id, fiscal_year_month = excluded.fiscal_year_month,
                               fiscal_year_day = excluded.fiscal_year_day,
                               confirmed_at = coalesce(company_settings.confirmed_at, excluded.confirmed_at),
                               updated_at = excluded.updated_at, version = company_settings.version + 1""")
                .setParameter("tenant", tenantId).setParameter("legal", legalName).setParameter("address", address)
                .setParameter("country", country).setParameter("tax", taxId).setParameter("month", month).setParameter("day", day)
                .setParameter("now", now).executeUpdate();
    }

    /**
     * The row a logo hangs on, unconfirmed, for a company that uploads a logo before saving anything else; it
     * starts in {@code country}, as the settings showed it.
     */
    void ensure(long tenantId, String country, Instant now) {
        entityManager.createNativeQuery("""
                        insert into company_settings (tenant_id, country, updated_at) values (:tenant, :country, :now)
                        on conflict (tenant_id) do nothing""")
                .setParameter("tenant", tenantId).setParameter("country", country).setParameter("now", now)
                .executeUpdate();
    }

    void saveLogo(long tenantId, byte[] png, int width, int height, Instant now) {
        entityManager.createNativeQuery("""
                        insert into company_logo (tenant_id, png, width, height, updated_at)
                        values (:tenant, :png, :width, :height, :now)
                        on conflict (tenant_id) do update
                           set png = excluded.png, width = excluded.width, height = excluded.height,
                               updated_at = excluded.updated_at""")
                .setParameter("tenant", tenantId).setParameter("png", png).setParameter("width", width)
                .setParameter("height", height).setParameter("now", now).executeUpdate();
    }

    Optional<byte[]> logo(long tenantId) {
        List<?> rows = entityManager.createNativeQuery("select png from company_logo where tenant_id = :tenant")
                .setParameter("tenant", tenantId).getResultList();
        return rows.stream().findFirst().map(byte[].class::cast);
    }

    boolean deleteLogo(long tenantId) {
        return entityManager.createNativeQuery("delete from company_logo where tenant_id = :tenant")
                .setParameter("tenant", tenantId).executeUpdate() > 0;
    }
}
