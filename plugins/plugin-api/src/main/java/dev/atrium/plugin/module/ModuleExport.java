package dev.atrium.plugin.module;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an interface a module publishes to the modules that require it. Sibling module contexts cannot see each
 * other's beans, so this is the one way one module calls another: the exporting module puts the interface in a
 * package of its own (its {@code export} package, which only holds the interface and the records it returns)
 * and implements it with a bean of its child context; the host then hands that bean to the child context of
 * every module whose descriptor {@link ModuleDescriptor.Builder#requires requires} the exporter, and to no other.
 *
 * <p>The requiring module sees the interface's class because its plugin descriptor names the exporter in
 * {@code plugin.dependencies} (PF4J then lets its class loader read the exporter's classes), and it compiles
 * against the exporter's jar with {@code provided} scope. What it receives is a proxy that, on every call,
 * refuses with the host's {@code module-not-active} problem (404, naming the exporter) when no tenant is bound or
 * the bound tenant has not activated the exporting module, and otherwise calls the bean on the exporter's
 * class loader with the caller's tenant still bound.
 *
 * <pre>{@code
 * // in contracts: dev/atrium/contracts/export/CustomerContracts.java
 * @ModuleExport
 * public interface CustomerContracts {
 *     List<ContractSummary> activeContractsOf(long partyId);
 * }
 *
 * // in contracts' child context
 * class CustomerContractsExport implements CustomerContracts { ... }
 *
 * // in amc, whose descriptor says .requires("contracts") and whose plugin.properties says
 * // plugin.dependencies=contracts
 * class MaintenanceService {
 *     MaintenanceService(CustomerContracts contracts) { ... }   // injected like any bean
 * }
 * }</pre>
 *
 * <p>Keep an export small and stable: records and JDK types in and out, never entities, so the exporter can
 * change its tables without breaking the modules built on it.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ModuleExport {
}
