package dev.atrium.contracts;

import dev.atrium.plugin.module.AtriumModule;
import dev.atrium.plugin.module.ModuleDescriptor;
import dev.atrium.plugin.module.TenantRole;
import java.util.List;
import org.pf4j.Extension;

/** Service contracts. For now: the register of contracts; lines and billing come with their own issue. */
@Extension
public class ContractsModule implements AtriumModule {

    @Override
    public ModuleDescriptor descriptor() {
        return ModuleDescriptor.builder("contracts", "Contracts")
                .description("Service contracts with their lines and recurring billing.")
                .permission("contracts:read", "See contracts", TenantRole.OWNER, TenantRole.ADMIN, TenantRole.MEMBER)
                .permission("contracts:write", "Create and change contracts", TenantRole.OWNER, TenantRole.ADMIN)
                .menuEntry("Contracts", "contracts", "contracts:read")
                .setting("contracts.default-term-months", "Term of a new contract, in months", "12")
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
}
