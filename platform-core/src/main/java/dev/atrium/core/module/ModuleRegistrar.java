package dev.atrium.core.module;

import dev.atrium.core.database.SchemaMigration;
import java.nio.file.Path;
import java.util.Set;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.templateresolver.ITemplateResolver;

/**
 * Loads the plugins first thing, before any bean exists, and declares what
 * each module brings to the host as beans of the kinds the host already
 * consumes: a {@link SchemaMigration} per module with migrations (run before
 * the persistence unit starts) and a Thymeleaf resolver for its templates.
 */
final class ModuleRegistrar implements BeanDefinitionRegistryPostProcessor, EnvironmentAware {

    static final String INSTALLED_MODULES = "installedModules";

    private Environment environment;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void postProcessBeanDefinitionRegistry(BeanDefinitionRegistry registry) {
        Path dir = Path.of(environment.getProperty("atrium.plugins.dir", "plugins"));
        boolean development = environment.getProperty("atrium.plugins.development", Boolean.class, false);
        InstalledModules modules = ModuleLoader.load(dir, development);

        RootBeanDefinition installed = new RootBeanDefinition(InstalledModules.class, () -> modules);
        installed.setDestroyMethodName("close");
        registry.registerBeanDefinition(INSTALLED_MODULES, installed);

        for (InstalledModule module : modules.all()) {
            if (!module.module().migrationLocations().isEmpty()) {
                SchemaMigration migration = new SchemaMigration(module.key(), module.classLoader(),
                        module.module().migrationLocations());
                registry.registerBeanDefinition("moduleSchemaMigration-" + module.key(),
                        new RootBeanDefinition(SchemaMigration.class, () -> migration));
            }
            ITemplateResolver templates = templateResolver(module);
            registry.registerBeanDefinition("moduleTemplateResolver-" + module.key(),
                    new RootBeanDefinition(ITemplateResolver.class, () -> templates));
        }
    }

    /** Resolves {@code "<key>/<name>"} from {@code templates/<key>/<name>.html} in the plugin jar, and nothing else. */
    private static ITemplateResolver templateResolver(InstalledModule module) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(module.classLoader());
        resolver.setName("module " + module.key());
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setResolvablePatterns(Set.of(module.key() + "/*"));
        resolver.setCheckExistence(true);
        resolver.setOrder(10);
        return resolver;
    }
}
