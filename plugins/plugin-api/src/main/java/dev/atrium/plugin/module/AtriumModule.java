package dev.atrium.plugin.module;

import dev.atrium.plugin.list.ChoosableColumns;
import dev.atrium.plugin.party.PartyReferenceTable;
import java.util.List;
import java.util.Optional;
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
 *       and other plugins never see the plugin's, but for the interfaces it
 *       marks {@link ModuleExport}, which the modules requiring it receive.
 *       Every {@code @Controller} or
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
     * so a plugin whose descriptor says {@code Plugin-Requires: >=2.0.0 & <3.0.0}
     * is refused by a host with an incompatible API, at boot, with a clear log line.
     */
    String API_VERSION = "2.0.0";

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

    /**
     * The module's tables whose rows refer to the tenant's parties. Archiving a
     * party tells what keeps referring to it, naming the rows as declared here.
     *
     * <pre>{@code
     * @Override
     * public List<PartyReferenceTable> partyReferences() {
     *     return List.of(new PartyReferenceTable("contracts", "contract", "party_id", "contract", "contracts"));
     * }
     * }</pre>
     */
    default List<PartyReferenceTable> partyReferences() {
        return List.of();
    }

    /**
     * The module's lists whose columns each user chooses through {@link dev.atrium.plugin.list.ListColumns}. The
     * host serves them beside its own at {@code GET/PUT/DELETE /api/v1/me/list-columns/{list}}, to the users of
     * the tenants that activated the module (another tenant's users get a 404). Each list is named after the
     * module: its key, or its key, a dash and more ({@code contracts}, {@code contracts-lines}; an underscore of
     * the key is a dash here); a module that names one otherwise is not installed.
     *
     * <pre>{@code
     * @Override
     * public List<ChoosableColumns> listColumns() {
     *     return List.of(ContractColumns.LIST);
     * }
     * }</pre>
     */
    default List<ChoosableColumns> listColumns() {
        return List.of();
    }

    /**
     * Why {@code value} is no good for the declared setting {@code key}, or empty
     * when it is fine. The host asks before it stores a value
     * ({@link ModuleSettings#set(String, String)}) and refuses a bad one with a
     * 400 problem naming the setting; so a value read back was accepted here.
     *
     * <pre>{@code
     * @Override
     * public Optional<String> checkSetting(String key, String value) {
     *     return key.equals("contracts.default-term-months") && !value.matches("[1-9][0-9]{0,2}")
     *             ? Optional.of("a number of months from 1 to 999") : Optional.empty();
     * }
     * }</pre>
     */
    default Optional<String> checkSetting(String key, String value) {
        return Optional.empty();
    }
}
