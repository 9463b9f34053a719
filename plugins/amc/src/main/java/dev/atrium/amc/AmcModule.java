package dev.atrium.amc;

import dev.atrium.plugin.module.AtriumModule;
import dev.atrium.plugin.module.ModuleDescriptor;
import dev.atrium.plugin.module.TenantRole;
import java.util.List;
import org.pf4j.Extension;

/** Yearly maintenance contracts with scheduled visits, built on contracts. Its features arrive with their own issue; for now it is installable and activatable. */
@Extension
public class AmcModule implements AtriumModule {

    @Override
    public ModuleDescriptor descriptor() {
        return ModuleDescriptor.builder("amc", "Annual maintenance contracts")
                .description("Yearly maintenance contracts with scheduled visits, built on contracts.")
                .requires("contracts")
                .permission("amc:read", "See maintenance contracts", TenantRole.OWNER, TenantRole.ADMIN, TenantRole.MEMBER)
                .permission("amc:write", "Change maintenance contracts", TenantRole.OWNER, TenantRole.ADMIN)
                .menuEntry("Maintenance", "amc", "amc:read")
                .build();
    }

    @Override
    public List<Class<?>> configurationClasses() {
        return List.of(AmcPages.class, AmcApi.class);
    }
}
