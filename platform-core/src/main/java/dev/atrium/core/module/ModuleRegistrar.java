package dev.atrium.core.module;

import dev.atrium.core.database.SchemaMigration;
import dev.atrium.core.web.ClassLoaderBundles;
import dev.atrium.plugin.list.ChoosableColumns;
import dev.atrium.plugin.numbering.NumberSeries;
import dev.atrium.plugin.party.PartyReferenceTable;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
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
 * the persistence unit starts, after the migrations of the modules it
 * requires), its {@link NumberSeries}, its {@link ModuleList lists}, a Thymeleaf resolver for its templates and its message bundles
 * ({@code i18n/<key>*.properties} in its archive).
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
        declareModuleBeans(registry, modules.all());
    }

    /** What each module brings, as beans of the kinds the host consumes. */
    static void declareModuleBeans(BeanDefinitionRegistry registry, List<InstalledModule> modules) {
        Map<String, InstalledModule> byKey = modules.stream()
                .collect(Collectors.toMap(InstalledModule::key, Function.identity()));
        for (InstalledModule module : modules) {
            if (!module.module().migrationLocations().isEmpty()) {
                SchemaMigration migration = new SchemaMigration(module.key(), module.classLoader(),
                        module.module().migrationLocations(), allRequired(module, byKey));
                registry.registerBeanDefinition("moduleSchemaMigration-" + module.key(),
                        new RootBeanDefinition(SchemaMigration.class, () -> migration));
            }
            for (NumberSeries series : module.descriptor().numberSeries()) {
                registry.registerBeanDefinition("moduleNumberSeries-" + series.key(),
                        new RootBeanDefinition(NumberSeries.class, () -> series));
            }
            for (PartyReferenceTable reference : module.module().partyReferences()) {
                registry.registerBeanDefinition("modulePartyReference-" + module.key() + "-" + reference.table(),
                        new RootBeanDefinition(PartyReferenceTable.class, () -> reference));
            }
            for (ChoosableColumns list : module.module().listColumns()) {
                ModuleList declared = new ModuleList(module.key(), list);
                registry.registerBeanDefinition("moduleList-" + list.list(),
                        new RootBeanDefinition(ModuleList.class, () -> declared));
            }
            ITemplateResolver templates = templateResolver(module);
            registry.registerBeanDefinition("moduleTemplateResolver-" + module.key(),
                    new RootBeanDefinition(ITemplateResolver.class, () -> templates));
            // Like its templates, a module's texts are found through its own class loader.
            ClassLoaderBundles bundles = ClassLoaderBundles.find(module.key(), module.classLoader(), module.key());
            registry.registerBeanDefinition("moduleMessages-" + module.key(),
                    new RootBeanDefinition(ClassLoaderBundles.class, () -> bundles));
        }
    }

    /**
     * Every module {@code module} requires, directly or through another: a required
     * module without migrations of its own must not hide what it requires in turn.
     */
    static Set<String> allRequired(InstalledModule module, Map<String, InstalledModule> byKey) {
        Set<String> required = new TreeSet<>();
        Deque<String> pending = new ArrayDeque<>(module.descriptor().requires());
        while (!pending.isEmpty()) {
            String key = pending.pop();
            if (required.add(key) && byKey.containsKey(key)) {
                pending.addAll(byKey.get(key).descriptor().requires());
            }
        }
        required.remove(module.key());
        return required;
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
