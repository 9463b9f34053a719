package dev.atrium.plugin.module;

import java.util.List;
import org.pf4j.ExtensionPoint;

/**
 * The one extension point every module plugin implements: what the module is
 * and what it brings to the host. The host finds it through PF4J (mark the
 * class {@code @Extension}), reads it once at boot and never calls it on a
 * request path.
 *
 * <p>Everything but {@link #descriptor()} is optional. The host wires what is
 * returned like this:
 * <ul>
 *   <li>{@link #configurationClasses()} are registered in a Spring child context
 *       of the host, built on the plugin's class loader. Its beans see the
 *       host's beans (the {@code EntityManager}, {@code Clock}, ...); the host
 *       and other plugins never see the plugin's. Every {@code @Controller} or
 *       {@code @RestController} bean in it is mapped into the host's web layer
 *       and guarded: a tenant that has not activated the module is refused.</li>
 *   <li>{@link #entityClasses()} join the host's persistence unit.</li>
 *   <li>{@link #migrationLocations()} run with Flyway, as the owner role, with
 *       the history table {@code flyway_history_<key>}, before the persistence
 *       unit starts.</li>
 *   <li>Templates under {@code templates/<key>/} in the plugin jar are
 *       resolvable by Thymeleaf as {@code "<key>/<name>"}.</li>
 * </ul>
 *
 * <pre>{@code
 * @Extension
 * public class ContractsModule implements AtriumModule {
 *
 *     @Override
 *     public ModuleDescriptor descriptor() {
 *         return ModuleDescriptor.builder("contracts", "Contracts")
 *                 .description("Service contracts with recurring billing.")
 *                 .permission("contracts:read", "See contracts", TenantRole.OWNER, TenantRole.ADMIN, TenantRole.MEMBER)
 *                 .menuEntry("Contracts", "contracts", "contracts:read")
 *                 .setting("contracts.default-term-months", "Default term of a new contract", "12")
 *                 .build();
 *     }
 *
 *     @Override
 *     public List<Class<?>> configurationClasses() {
 *         return List.of(ContractsConfiguration.class);
 *     }
 *
 *     @Override
 *     public List<Class<?>> entityClasses() {
 *         return List.of(Contract.class);
 *     }
 *
 *     @Override
 *     public List<String> migrationLocations() {
 *         return List.of("classpath:db/migration/contracts");
 *     }
 * }
 * }</pre>
 *
 * @since API 1.0.0
 */
public interface AtriumModule extends ExtensionPoint {

    /**
     * The version of this API. The host runs PF4J with it as the system version,
     * so a plugin whose descriptor says {@code Plugin-Requires: >=1.0.0 & <2.0.0}
     * is refused by a host with an incompatible API, at boot, with a clear log line.
     */
    String API_VERSION = "1.0.0";

    /** What the module is called, what it requires and what it adds; read once at boot. */
    ModuleDescriptor descriptor();

    /**
     * Spring {@code @Configuration} classes (or any component classes) for the
     * module's child context: services, REST controllers, page controllers.
     * Component scanning works too: return one configuration class carrying
     * {@code @ComponentScan}.
     */
    default List<Class<?>> configurationClasses() {
        return List.of();
    }

    /**
     * JPA entities the module owns. Tenant rows extend
     * {@link dev.atrium.plugin.persistence.TenantScopedEntity}.
     */
    default List<Class<?>> entityClasses() {
        return List.of();
    }

    /**
     * Flyway locations inside the plugin jar, such as
     * {@code classpath:db/migration/contracts}. Keep one folder per module so
     * the locations of two plugins never overlap. Every tenant table gets its
     * row-level security in the migration that creates it:
     * {@code select enable_tenant_isolation('contract');}
     */
    default List<String> migrationLocations() {
        return List.of();
    }

    /**
     * Classpath paths of BPMN process definitions the module ships, such as
     * {@code processes/contracts/renewal-reminder.bpmn20.xml}. <strong>Not read
     * yet:</strong> the workflow engine arrives with its own issue and will
     * deploy them per tenant then.
     */
    default List<String> processResources() {
        return List.of();
    }

    /**
     * Called each time a tenant activates the module, after the host has stored
     * the activation and applied the default settings and permissions, inside
     * the same transaction and with the tenant bound, so the module's
     * repositories see only that tenant's rows. Must be idempotent: a tenant may
     * deactivate and activate again, and its data is still there
     * ({@link TenantModuleContext#firstActivation()} tells the two apart).
     * Throwing refuses the activation and rolls it back.
     *
     * <pre>{@code
     * @Override
     * public void onActivate(TenantModuleContext context) {
     *     if (context.firstActivation()) {
     *         context.bean(ContractTemplates.class).createDefaults(context.setting("contracts.default-term-months"));
     *     }
     * }
     * }</pre>
     */
    default void onActivate(TenantModuleContext context) {
    }
}
