package dev.atrium.core.module;

import dev.atrium.core.database.SchemaMigration;
import dev.atrium.core.redis.AtriumRedis;
import dev.atrium.core.tenancy.TenantContext;
import dev.atrium.core.tenant.TenantService;
import java.net.URL;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.hibernate.cfg.AvailableSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.BeanFactoryAware;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.orm.jpa.persistenceunit.PersistenceManagedTypes;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Plugin modules in the host: loaded before anything else, their entities in
 * the persistence unit, their migrations among the host's, their controllers
 * in the host's request mapping behind the guard, and the per-tenant
 * activation state with its cache.
 */
@Configuration(proxyBeanMethods = false)
class ModulesConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ModulesConfiguration.class);

    @Bean
    static ModuleRegistrar moduleRegistrar() {
        return new ModuleRegistrar();
    }

    @Bean
    SchemaMigration modulesSchemaMigration() {
        return new SchemaMigration("modules", ModulesConfiguration.class.getClassLoader(),
                List.of("classpath:db/migration/modules"));
    }

    /** Adds the modules' entity classes to the host's persistence unit, by name: Hibernate loads them below. */
    @Bean
    static BeanPostProcessor moduleEntityTypes() {
        return new ModuleEntityTypes();
    }

    /** Lets Hibernate load the module entities named above through their plugins' class loaders. */
    @Bean
    HibernatePropertiesCustomizer moduleClassLoaders(InstalledModules modules) {
        return properties -> {
            List<ClassLoader> loaders = new ArrayList<>(modules.all().stream().map(InstalledModule::classLoader).toList());
            loaders.add(ModulesConfiguration.class.getClassLoader());
            properties.put(AvailableSettings.CLASSLOADERS, loaders);
        };
    }

    @Bean
    WebMvcRegistrations moduleHandlerMappingRegistration() {
        return new WebMvcRegistrations() {
            @Override
            public RequestMappingHandlerMapping getRequestMappingHandlerMapping() {
                return new ModuleHandlerMapping();
            }
        };
    }

    @Bean
    ModuleHandlers moduleHandlers() {
        return new ModuleHandlers();
    }

    /** Module contexts serve requests and events: a node without the web layer (migrate) starts none. */
    @Bean
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    ModuleContexts moduleContexts(ApplicationContext host, InstalledModules modules,
            @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mapping, ModuleHandlers handlers,
            ObjectProvider<ModuleGuard> guard) {
        if (!(mapping instanceof ModuleHandlerMapping moduleMapping)) {
            throw new IllegalStateException("The request mapping was replaced (" + mapping.getClass().getName()
                    + "); module controllers need " + ModuleHandlerMapping.class.getSimpleName());
        }
        // An export is called from within another module's request or event: its tenant is the one bound then.
        return new ModuleContexts(host, modules, moduleMapping, handlers, exporter -> guard.getObject()
                .requireActive(TenantContext.current().orElse(TenantContext.NO_TENANT), exporter));
    }

    /**
     * The guard in front of every module controller. {@code atrium.modules.guard.enabled=false} exists for the
     * benchmark that measures what the guard costs; a node running without it lets every tenant use every module.
     */
    @Bean
    WebMvcConfigurer moduleGuardRegistration(ModuleHandlers handlers, ObjectProvider<ModuleGuard> guard,
            @Value("${atrium.modules.guard.enabled:true}") boolean enabled) {
        return new WebMvcConfigurer() {
            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                if (enabled) {
                    registry.addInterceptor(new ModuleGuardInterceptor(handlers, guard::getObject));
                } else {
                    log.warn("The module guard is OFF (atrium.modules.guard.enabled=false): every tenant reaches "
                            + "every module. Only a benchmark should run like this.");
                }
            }
        };
    }

    @Bean(destroyMethod = "close")
    ActivationCache activationCache(@Value("${atrium.redis.url:}") String redisUrl, TenantModuleRepository modules,
            PlatformTransactionManager transactions, DataSource dataSource) {
        TransactionTemplate read = new TransactionTemplate(transactions);
        read.setReadOnly(true);
        // Called after another transaction committed, too: it must not join that one.
        read.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        Optional<RedisActivations> redis = redisUrl.isBlank() ? Optional.empty()
                : Optional.of(new RedisActivations(redisUrl, AtriumRedis.namespace(dataSource)));
        if (redis.isEmpty()) {
            log.info("No ATRIUM_REDIS_URL: module activations are cached on this node only");
        }
        return new ActivationCache(redis, tenantId -> TenantContext.callAs(tenantId,
                () -> Set.copyOf(read.execute(status -> modules.findActiveKeys()))));
    }

    @Bean
    ModuleGuard moduleGuard(ActivationCache cache, InstalledModules modules) {
        return new ModuleGuard(cache, modules);
    }

    /** Module contexts come late (they need the web layer): looked up on use, absent on a node without it. */
    @Bean
    ActiveModuleBeans activeModuleBeans(ObjectProvider<ModuleContexts> contexts, InstalledModules installed,
            ModuleGuard guard) {
        return new ActiveModuleBeans(contexts::getIfAvailable, installed, guard::activeModules);
    }

    @Bean
    ModuleActivationService moduleActivations(InstalledModules installed, TenantModuleRepository modules,
            TenantModuleSettingRepository settings, ModulePermissionGrantRepository grants,
            ModuleActivationAuditRepository audit, ObjectProvider<ModuleContexts> contexts, ActivationCache cache,
            Clock clock, ApplicationEventPublisher events) {
        // The module contexts come late (they need the web layer, whose menu needs this): look them up on use.
        return new ModuleActivationService(installed, modules, settings, grants, audit, contexts::getObject, cache, clock,
                events);
    }

    @Bean
    HostCurrentTenant currentTenant(TenantService tenants, Clock clock) {
        return new HostCurrentTenant(tenants, clock);
    }

    @Bean
    HostCurrentUser currentUser() {
        return new HostCurrentUser();
    }

    @Bean
    HostModuleSettings moduleSettings(InstalledModules installed, TenantModuleSettingRepository settings,
            TenantModuleRepository modules) {
        return new HostModuleSettings(installed, settings, modules);
    }

    @Bean
    ModuleEventRelay moduleEventRelay(ObjectProvider<ModuleContexts> contexts, PlatformTransactionManager transactions) {
        return new ModuleEventRelay(contexts::getIfAvailable, transactions);
    }

    @Bean
    ModuleTexts moduleTexts(MessageSource messages, InstalledModules installed) {
        return new ModuleTexts(messages, installed);
    }

    @Bean
    ModuleNavigation moduleNavigation(InstalledModules installed, ModuleGuard guard, ModuleTexts texts) {
        return new ModuleNavigation(installed, guard, texts);
    }

    @Bean
    ModuleActivationCacheHealth moduleActivationCacheHealthIndicator(ActivationCache cache) {
        return new ModuleActivationCacheHealth(cache);
    }

    private static final class ModuleEntityTypes implements BeanPostProcessor, BeanFactoryAware {

        private BeanFactory beanFactory;

        @Override
        public void setBeanFactory(BeanFactory beanFactory) {
            this.beanFactory = beanFactory;
        }

        @Override
        public Object postProcessAfterInitialization(Object bean, String beanName) {
            if (!(bean instanceof PersistenceManagedTypes scanned)) {
                return bean;
            }
            List<String> classNames = new ArrayList<>(scanned.getManagedClassNames());
            beanFactory.getBean(ModuleRegistrar.INSTALLED_MODULES, InstalledModules.class).all().forEach(module ->
                    module.module().entityClasses().forEach(type -> classNames.add(type.getName())));
            return new PersistenceManagedTypes() {
                @Override
                public List<String> getManagedClassNames() {
                    return classNames;
                }

                @Override
                public List<String> getManagedPackages() {
                    return scanned.getManagedPackages();
                }

                @Override
                public URL getPersistenceUnitRootUrl() {
                    return scanned.getPersistenceUnitRootUrl();
                }
            };
        }
    }
}
