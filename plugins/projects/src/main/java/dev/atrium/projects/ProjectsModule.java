package dev.atrium.projects;

import dev.atrium.plugin.module.AtriumModule;
import dev.atrium.plugin.module.ModuleDescriptor;
import dev.atrium.plugin.module.ModuleSetting;
import dev.atrium.plugin.module.TenantRole;
import java.util.List;
import org.pf4j.Extension;

/** Projects, their tasks and the time spent on them; installable and activatable, features to come. */
@Extension
public class ProjectsModule implements AtriumModule {

    @Override
    public ModuleDescriptor descriptor() {
        return ModuleDescriptor.builder("projects", "Projects")
                .description("Projects with tasks and time spent, billable to the customer.")
                .permission("projects:read", "See projects", TenantRole.OWNER, TenantRole.ADMIN, TenantRole.MEMBER)
                .permission("projects:log-time", "Log time on tasks", TenantRole.OWNER, TenantRole.ADMIN,
                        TenantRole.MEMBER)
                .permission("projects:manage", "Create projects and plan tasks", TenantRole.OWNER, TenantRole.ADMIN)
                .menuEntry("Projects", "projects", "projects:read")
                .setting(ModuleSetting.decimal("projects.default-hourly-rate", "Hourly rate of logged time, in the company's currency", "0.00"))
                .build();
    }

    @Override
    public List<Class<?>> configurationClasses() {
        return List.of(ProjectsPages.class);
    }
}
