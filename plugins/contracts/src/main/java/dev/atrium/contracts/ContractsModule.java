package dev.atrium.contracts;

import dev.atrium.plugin.module.AtriumModule;
import dev.atrium.plugin.module.ModuleDescriptor;
import dev.atrium.plugin.module.TenantModuleContext;
import dev.atrium.plugin.module.TenantRole;
import dev.atrium.plugin.problem.RuleViolationException;
import java.util.List;
import java.util.Map;
import org.pf4j.Extension;

/** Service contracts. For now: the register of contracts; lines and billing come with their own issue. */
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
                .setting(TERM_SETTING, "Term of a new contract, in months", "12")
                .build();
    }

    @Override
    public List<Class<?>> configurationClasses() {
        return List.of(ContractsConfiguration.class);
    }

    @Override
    public List<Class<?>> entityClasses() {
        return List.of(Contract.class);
    }

    @Override
    public List<String> migrationLocations() {
        return List.of("classpath:db/migration/contracts");
    }

    /** New contracts take their term from this setting: refuse to switch on with one that cannot work. */
    @Override
    public void onActivate(TenantModuleContext context) {
        String term = context.setting(TERM_SETTING);
        if (!term.matches("[1-9][0-9]{0,2}")) {
            throw new RuleViolationException("contracts-term-invalid", "Invalid contract term",
                    "The setting " + TERM_SETTING + " must be a number of months from 1 to 999, not '" + term + "'.",
                    Map.of("setting", TERM_SETTING));
        }
    }
}
