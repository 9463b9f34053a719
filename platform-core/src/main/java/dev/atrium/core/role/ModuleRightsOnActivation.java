package dev.atrium.core.role;

import dev.atrium.plugin.event.ModuleActivated;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A module's rights go to the built-in roles it names when a company first activates it, in the activation's own
 * transaction; from then on they are the company's to change on Setup → Roles, and a later reactivation keeps
 * what it made of them.
 */
@Component
class ModuleRightsOnActivation {

    private final RoleService roles;

    ModuleRightsOnActivation(RoleService roles) {
        this.roles = roles;
    }

    @EventListener
    void grantDefaults(ModuleActivated activated) {
        if (activated.firstActivation()) {
            roles.grantModuleDefaults(activated.moduleKey());
        }
    }
}
