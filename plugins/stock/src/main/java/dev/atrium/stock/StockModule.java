package dev.atrium.stock;

import dev.atrium.plugin.module.AtriumModule;
import dev.atrium.plugin.module.ModuleDescriptor;
import dev.atrium.plugin.module.ModuleSetting;
import dev.atrium.plugin.module.TenantRole;
import java.util.List;
import org.pf4j.Extension;

/** Stock of products in warehouses; installable and activatable, features to come. */
@Extension
public class StockModule implements AtriumModule {

    @Override
    public ModuleDescriptor descriptor() {
        return ModuleDescriptor.builder("stock", "Stock")
                .description("Products in warehouses: stock levels and movements.")
                .permission("stock:read", "See stock levels", TenantRole.OWNER, TenantRole.ADMIN, TenantRole.MEMBER)
                .permission("stock:move", "Record stock movements", TenantRole.OWNER, TenantRole.ADMIN)
                .menuEntry("Stock", "stock", "stock:read")
                .setting(ModuleSetting.yesNo("stock.allow-negative", "Allow a movement to take a level below zero", false))
                .build();
    }

    @Override
    public List<Class<?>> configurationClasses() {
        return List.of(StockPages.class);
    }
}
