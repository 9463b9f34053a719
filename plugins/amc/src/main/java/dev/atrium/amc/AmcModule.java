package dev.atrium.amc;

import dev.atrium.plugin.module.AtriumModule;
import dev.atrium.plugin.module.ModuleDescriptor;
import dev.atrium.plugin.module.ModuleSetting;
import dev.atrium.plugin.module.TenantRole;
import java.util.List;
import org.pf4j.Extension;

/**
 * Annual maintenance contracts: a contract with visits scheduled through the
 * year. Built on contracts, so a tenant activates contracts first; it reads a
 * customer's running contracts through contracts' export
 * ({@code CustomerContracts}). Visit planning arrives with its own issue.
 */
@Extension
public class AmcModule implements AtriumModule {

    @Override
    public ModuleDescriptor descriptor() {
        return ModuleDescriptor.builder("amc", "Maintenance (AMC)")
                .description("Yearly maintenance contracts with scheduled visits, built on contracts.")
                .requires("contracts")
                .permission("amc:read", "See maintenance contracts and their visits",
                        TenantRole.OWNER, TenantRole.ADMIN, TenantRole.MEMBER)
                .permission("amc:schedule", "Schedule and reschedule visits", TenantRole.OWNER, TenantRole.ADMIN)
                .menuEntry("Maintenance (AMC)", "amc", "amc:read")
                .setting(ModuleSetting.wholeNumber("amc.visits-per-year", "Visits included in a year of maintenance", 2))
                .setting(ModuleSetting.wholeNumber("amc.reminder-days", "Days before a visit the customer is reminded", 7))
                .build();
    }

    @Override
    public List<Class<?>> configurationClasses() {
        return List.of(AmcConfiguration.class);
    }
}
