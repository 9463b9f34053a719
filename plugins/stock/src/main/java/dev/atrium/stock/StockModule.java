package dev.atrium.stock;

import dev.atrium.plugin.module.AtriumModule;
import dev.atrium.plugin.module.ModuleDescriptor;
import dev.atrium.plugin.module.TenantRole;
import java.util.List;
import org.pf4j.Extension;

/** Products in warehouses: stock levels and movements. Its features arrive with their own issue; for now it is installable and activatable. */
@Extension
public class StockModule implements AtriumModule {

    @Override
    public ModuleDescriptor descriptor() {
        return ModuleDescriptor.builder("stock", "Stock")
                .description("Products in warehouses: stock levels and movements.")
                .permission("stock:read", "See stock levels", TenantRole.OWNER, TenantRole.ADMIN, TenantRole.MEMBER)
                .permission("stock:write", "Change stock levels", TenantRole.OWNER, TenantRole.ADMIN)
                .menuEntry("Stock", "stock", "stock:read")
                .build();
    }

    @Override
    public List<Class<?>> configurationClasses() {
        return List.of(StockPages.class, StockApi.class);
    }
}
