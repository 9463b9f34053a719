package dev.atrium.projects;

import dev.atrium.plugin.module.AtriumModule;
import dev.atrium.plugin.module.ModuleDescriptor;
import dev.atrium.plugin.module.TenantRole;
import java.util.List;
import org.pf4j.Extension;

/** Projects with tasks and time spent, billable to the customer. Its features arrive with their own issue; for now it is installable and activatable. */
@Extension
public class ProjectsModule implements AtriumModule {

    @Override
    public ModuleDescriptor descriptor() {
        return ModuleDescriptor.builder("projects", "Projects")
                .description("Projects with tasks and time spent, billable to the customer.")
                .permission("projects:read", "See projects", TenantRole.OWNER, TenantRole.ADMIN, TenantRole.MEMBER)
                .permission("projects:write", "Change projects", TenantRole.OWNER, TenantRole.ADMIN)
                .menuEntry("Projects", "projects", "projects:read")
                .build();
    }

    @Override
    public List<Class<?>> configurationClasses() {
        return List.of(ProjectsPages.class, ProjectsApi.class);
    }
}
