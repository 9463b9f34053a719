package dev.atrium.plugin.dashboard;

/**
 * A tile a module adds to the tenant's dashboard.
 *
 * <p><strong>Not rendered yet:</strong> the dashboard arrives with its own
 * issue; a bean of this type in a module's child context will be shown there,
 * for tenants that activated the module and users holding
 * {@link #permission()}.
 *
 * <pre>{@code
 * @Component
 * class ExpiringContractsWidget implements DashboardWidget {
 *     public String key() { return "contracts.expiring"; }
 *     public String title() { return "Contracts ending this month"; }
 *     public String permission() { return "contracts:read"; }
 *     public String fragment() { return "contracts/widgets :: expiring"; }
 * }
 * }</pre>
 */
public interface DashboardWidget {

    /** {@code <module key>.<name>}. */
    String key();

    String title();

    /** Permission needed to see the widget, or {@code null}. */
    String permission();

    /** Thymeleaf fragment rendering the tile, from the module's templates. */
    String fragment();
}
