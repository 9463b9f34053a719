package dev.atrium.contracts;

import dev.atrium.plugin.list.ChoosableColumns;
import dev.atrium.plugin.module.AtriumModule;
import dev.atrium.plugin.module.ModuleDescriptor;
import dev.atrium.plugin.module.ModuleSetting;
import dev.atrium.plugin.module.TenantModuleContext;
import dev.atrium.plugin.module.TenantRole;
import dev.atrium.plugin.party.PartyReferenceTable;
import dev.atrium.plugin.problem.RuleViolationException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pf4j.Extension;

/**
 * Service contracts: the exemplar module. A contract belongs to an active customer of the tenant (the host's
 * {@code Parties}), records who registered it ({@code CurrentUser}), takes its default term from a setting read
 * at request time ({@code ModuleSettings}) and keeps its customer's name current from the host's
 * {@code PartyChanged} events. A contract sells lines priced in the tenant's currency ({@code Money}), each with its
 * own status (draft, active, closed). It exports {@link dev.atrium.contracts.export.CustomerContracts} to the
 * modules that require it (maintenance). Its own tests start the host with it through the plugin test kit.
 */
@Extension
public class ContractsModule implements AtriumModule {

    static final String TERM_SETTING = "contracts.default-term-months";

    @Override
    public ModuleDescriptor descriptor() {
        return ModuleDescriptor.builder("contracts", "Contracts")
                .description("Service contracts with their lines and recurring billing.")
                .permission("contracts:read", "See contracts", TenantRole.OWNER, TenantRole.ADMIN, TenantRole.MEMBER)
                .permission("contracts:write", "Create and change contracts", TenantRole.OWNER, TenantRole.ADMIN)
                .menuEntry("Contracts", "contracts", "contracts:read")
                .setting(ModuleSetting.wholeNumber(TERM_SETTING, "Term of a new contract, in months", 12))
                .build();
    }

    @Override
    public List<Class<?>> configurationClasses() {
        return List.of(ContractsConfiguration.class);
    }

    @Override
    public List<Class<?>> entityClasses() {
        return List.of(Contract.class, ContractLine.class);
    }

    @Override
    public List<String> migrationLocations() {
        return List.of("classpath:db/migration/contracts");
    }

    /** Contracts refer to the tenant's customers: the host refuses to delete one that has contracts. */
    @Override
    public List<PartyReferenceTable> partyReferences() {
        return List.of(new PartyReferenceTable("contracts", "contract", "party_id", "contract", "contracts"));
    }

    /** The list page's columns, each user's choice, also read and written through the host's API. */
    @Override
    public List<ChoosableColumns> listColumns() {
        return List.of(ContractColumns.LIST);
    }

    /** A new contract without an end runs for this many months: a whole number the date arithmetic can use. */
    @Override
    public Optional<String> checkSetting(String key, String value) {
        if (key.equals(TERM_SETTING) && !value.matches("[1-9][0-9]{0,2}")) {
            return Optional.of("a number of months from 1 to 999");
        }
        return Optional.empty();
    }

    /** New contracts take their term from this setting: refuse to switch on with one that cannot work. */
    @Override
    public void onActivate(TenantModuleContext context) {
        String term = context.setting(TERM_SETTING);
        checkSetting(TERM_SETTING, term).ifPresent(why -> {
            throw new RuleViolationException("contracts-term-invalid", "Invalid contract term",
                    "The setting " + TERM_SETTING + " must be " + why + ", not '" + term + "'.",
                    Map.of("setting", TERM_SETTING));
        });
    }
}
