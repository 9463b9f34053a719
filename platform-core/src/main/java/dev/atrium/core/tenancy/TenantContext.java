package dev.atrium.core.tenancy;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * The tenant the current thread works for. Bound from the authenticated
 * principal for a request, or explicitly by a job or the operator console;
 * never from anything a client can choose.
 */
public final class TenantContext {

    /** What Hibernate and the database see when no tenant is bound: matches no row. */
    public static final long NO_TENANT = -1L;

    private static final ThreadLocal<Long> CURRENT = new ThreadLocal<>();

    private TenantContext() {
    }

    public static Optional<Long> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    public static long require() {
        Long tenantId = CURRENT.get();
        if (tenantId == null) {
            throw new IllegalStateException("No tenant is bound to this thread");
        }
        return tenantId;
    }

    /** Runs {@code work} for {@code tenantId}, restoring whatever was bound before. */
    public static <T> T callAs(long tenantId, Supplier<T> work) {
        Long previous = CURRENT.get();
        CURRENT.set(tenantId);
        try {
            return work.get();
        } finally {
            restore(previous);
        }
    }

    public static void runAs(long tenantId, Runnable work) {
        callAs(tenantId, () -> {
            work.run();
            return null;
        });
    }

    /**
     * Binds {@code tenantId} until the returned scope is closed, for work that
     * throws checked exceptions (a servlet filter chain):
     * {@code try (var scope = TenantContext.enter(id)) { chain.doFilter(...); }}
     */
    public static Scope enter(long tenantId) {
        Long previous = CURRENT.get();
        CURRENT.set(tenantId);
        return () -> restore(previous);
    }

    /** A bound tenant; closing it restores what was bound before. */
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }

    private static void restore(Long previous) {
        if (previous == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(previous);
        }
    }
}
