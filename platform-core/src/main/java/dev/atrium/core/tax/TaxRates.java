package dev.atrium.core.tax;

import dev.atrium.core.principal.CorePermissions;
import dev.atrium.plugin.problem.FieldError;
import dev.atrium.plugin.problem.NotFoundException;
import dev.atrium.plugin.problem.ProblemException;
import dev.atrium.plugin.problem.RuleViolationException;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hibernate.exception.ConstraintViolationException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tenant's tax rates: what products and document lines read (public), and what Setup → Taxes and the API
 * change (package-private). Read in the caller's tenant, so another tenant's rate is a 404 like a missing one.
 */
@Service
public class TaxRates {

    static final String SETUP_TAXES = "hasAuthority('" + CorePermissions.SETUP_TAXES + "')";

    private final EntityManager entityManager;
    private final List<TaxRateUsage> usages;

    TaxRates(EntityManager entityManager, List<TaxRateUsage> usages) {
        this.entityManager = entityManager;
        this.usages = usages;
    }

    /** The rates a new product or line may choose, by rate then name, the default among them. */
    @Transactional(readOnly = true)
    public List<TaxRateView> active() {
        return entityManager.createQuery("select t from TaxRate t where t.active order by t.rate desc, lower(t.name)",
                TaxRate.class).getResultList().stream().map(TaxRate::view).toList();
    }

    /** The rate a new product or line starts from; every tenant is created with one, but it may have been deleted. */
    @Transactional(readOnly = true)
    public Optional<TaxRateView> defaultRate() {
        return entityManager.createQuery("select t from TaxRate t where t.isDefault", TaxRate.class).getResultList()
                .stream().findFirst().map(TaxRate::view);
    }

    /** Active or not: a line keeps the rate it was written with. A 404 problem for an id the tenant cannot see. */
    @Transactional(readOnly = true)
    public TaxRateView require(long id) {
        return find(id).view();
    }

    /** Every rate, inactive ones too, for what shows the rate a record already carries. */
    @Transactional(readOnly = true)
    public List<TaxRateView> all() {
        return entityManager.createQuery("select t from TaxRate t order by t.active desc, t.rate desc, lower(t.name)",
                TaxRate.class).getResultList().stream().map(TaxRate::view).toList();
    }

    @Transactional(readOnly = true)
    List<TaxRateRow> list() {
        Map<Long, Long> uses = uses();
        return entityManager.createQuery("select t from TaxRate t order by t.active desc, t.rate desc, lower(t.name)",
                        TaxRate.class).getResultList().stream()
                .map(rate -> row(rate, uses.getOrDefault(rate.getId(), 0L))).toList();
    }

    @Transactional(readOnly = true)
    TaxRateRow get(long id) {
        return list().stream().filter(row -> row.id() == id).findFirst()
                .orElseThrow(() -> new NotFoundException("Tax rate", id));
    }

    @Transactional
    TaxRateRow create(TaxRateRequest request) {
        requireValid(request, null);
        TaxRate rate = new TaxRate(request.name(), request.rate());
        entityManager.persist(rate);
        settle(rate, request);
        flushRefusingDuplicates();
        return get(rate.getId());
    }

    @Transactional
    TaxRateRow change(long id, TaxRateRequest request) {
        TaxRate rate = find(id);
        requireValid(request, id);
        if (rate.getVersion() != request.version()) {
            throw new ObjectOptimisticLockingFailureException(TaxRate.class, id);
        }
        rate.describe(request.name(), request.rate());
        settle(rate, request);
        flushRefusingDuplicates();
        return get(id);
    }

    /**
     * Deletes a rate nothing refers to. One a product or a document line refers to is refused with a 409 that
     * says to deactivate it instead: the foreign keys of every table that carries a rate decide, so a document
     * feature added later is covered without this class naming it.
     */
    @Transactional
    void delete(long id) {
        TaxRate rate = find(id);
        if (rate.isDefault()) {
            throw new RuleViolationException("tax-rate-default", "Default tax rate",
                    "The default tax rate cannot be deleted; make another rate the default first.", Map.of("id", id));
        }
        if (uses().getOrDefault(id, 0L) > 0) {
            throw inUse(rate);
        }
        try {
            entityManager.remove(rate);
            entityManager.flush();
        } catch (ConstraintViolationException referredTo) {
            // A table that carries rates without telling its uses: its foreign key still refuses.
            throw inUse(rate);
        }
    }

    /**
     * Two changes at once that the checks above each let through (the same name, two defaults): the unique
     * indexes refuse the second, a 409 conflict rather than a failure.
     */
    private void flushRefusingDuplicates() {
        try {
            entityManager.flush();
        } catch (ConstraintViolationException refused) {
            throw new DataIntegrityViolationException("Tax rate refused by " + refused.getConstraintName(), refused);
        }
    }

    private Map<Long, Long> uses() {
        Map<Long, Long> uses = new HashMap<>();
        usages.forEach(usage -> usage.usesByRate().forEach((rate, count) -> uses.merge(rate, count, Long::sum)));
        return uses;
    }

    private static RuleViolationException inUse(TaxRate rate) {
        return new RuleViolationException("tax-rate-in-use", "Tax rate in use",
                "Tax rate " + rate.name() + " is in use; deactivate it instead.",
                Map.of("id", rate.getId(), "name", rate.name()));
    }

    /** The default and active marks the request asks for; the previous default gives its mark up first. */
    private void settle(TaxRate rate, TaxRateRequest request) {
        if (Boolean.FALSE.equals(request.active())) {
            rate.deactivate();
        } else if (Boolean.TRUE.equals(request.active())) {
            rate.reactivate();
        }
        if (Boolean.TRUE.equals(request.isDefault()) && !rate.isDefault()) {
            rate.requireActiveToBeDefault();
            List<TaxRate> previous = entityManager.createQuery("select t from TaxRate t where t.isDefault",
                    TaxRate.class).getResultList();
            previous.forEach(TaxRate::clearDefault);
            // The partial unique index sees each row as it is written: the old mark goes before the new one.
            entityManager.flush();
            rate.makeDefault();
        } else if (Boolean.FALSE.equals(request.isDefault()) && rate.isDefault()) {
            throw new RuleViolationException("tax-rate-default", "Default tax rate",
                    "A rate stops being the default when another one becomes it.", Map.of("id", rate.getId()));
        }
    }

    private TaxRate find(long id) {
        TaxRate rate = entityManager.find(TaxRate.class, id);
        if (rate == null) {
            throw new NotFoundException("Tax rate", id);
        }
        return rate;
    }

    /** Every bad field at once, the name taken by another rate among them, as one 400; nothing is written. */
    private void requireValid(TaxRateRequest request, Long id) {
        List<FieldError> errors = new ArrayList<>(request.errors(id != null));
        if (errors.stream().noneMatch(error -> error.field().equals("name"))) {
            boolean taken = entityManager.createQuery(
                            "select t.id from TaxRate t where lower(t.name) = lower(:name)", Long.class)
                    .setParameter("name", request.name()).getResultList().stream()
                    .anyMatch(other -> !other.equals(id));
            if (taken) {
                errors.addFirst(new FieldError("name", "{tax.problem.name-taken}"));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalidFields(errors);
        }
    }

    private static TaxRateRow row(TaxRate rate, long uses) {
        TaxRateView view = rate.view();
        return new TaxRateRow(view.id(), view.name(), view.rate(), view.isDefault(), view.active(),
                rate.getVersion(), uses);
    }
}
