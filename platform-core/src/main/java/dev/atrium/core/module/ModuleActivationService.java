package dev.atrium.core.module;

import dev.atrium.core.module.ModuleActivationAudit.Action;
import dev.atrium.core.tenancy.TenantContext;
import dev.atrium.plugin.event.ModuleActivated;
import dev.atrium.plugin.event.ModuleDeactivated;
import dev.atrium.plugin.module.ModuleDescriptor;
import dev.atrium.plugin.module.ModulePermission;
import dev.atrium.plugin.module.ModuleSetting;
import dev.atrium.plugin.module.TenantModuleContext;
import dev.atrium.plugin.problem.NotFoundException;
import java.time.Clock;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Switching modules on and off for the bound tenant. The database is the
 * record; once a change commits, the activation cache of every node hears of it.
 */
class ModuleActivationService {

    private final InstalledModules installed;
    private final ModuleDependencyPolicy policy;
    private final TenantModuleRepository modules;
    private final TenantModuleSettingRepository settings;
    private final ModulePermissionGrantRepository grants;
    private final ModuleActivationAuditRepository audit;
    private final Supplier<ModuleContexts> contexts;
    private final ActivationCache cache;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ModuleActivationService(InstalledModules installed, TenantModuleRepository modules, TenantModuleSettingRepository settings,
            ModulePermissionGrantRepository grants, ModuleActivationAuditRepository audit, Supplier<ModuleContexts> contexts,
            ActivationCache cache, Clock clock, ApplicationEventPublisher events) {
        this.installed = installed;
        this.policy = new ModuleDependencyPolicy(installed);
        this.modules = modules;
        this.settings = settings;
        this.grants = grants;
        this.audit = audit;
        this.contexts = contexts;
        this.cache = cache;
        this.clock = clock;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public List<ModuleState> overview() {
        Set<String> active = activeKeys();
        return installed.all().stream().map(module -> state(module, active)).toList();
    }

    @Transactional
    public ModuleState activate(String key, ModuleActor actor) {
        InstalledModule module = require(key);
        Set<String> active = activeKeys();
        policy.refuseActivation(module.descriptor(), active).ifPresent(refusal -> {
            throw refusal.toProblem();
        });
        switchOn(module, actor);
        active.add(key);
        return state(module, active);
    }

    /** Activates the module and, requirements first, every module it needs that is not active yet. */
    @Transactional
    public ModuleState activateWithRequirements(String key, ModuleActor actor) {
        InstalledModule module = require(key);
        Set<String> active = activeKeys();
        for (String next : policy.activationOrder(key, active)) {
            switchOn(require(next), actor);
            active.add(next);
        }
        return state(module, active);
    }

    @Transactional
    public ModuleState deactivate(String key, ModuleActor actor) {
        InstalledModule module = require(key);
        Set<String> active = activeKeys();
        policy.refuseDeactivation(module.descriptor(), active).ifPresent(refusal -> {
            throw refusal.toProblem();
        });
        modules.findByModuleKey(key).filter(TenantModule::isActive).ifPresent(row -> {
            row.deactivate(clock.instant());
            audit.save(new ModuleActivationAudit(key, Action.DEACTIVATED, actor, clock.instant()));
            announceAfterCommit();
            events.publishEvent(new ModuleDeactivated(TenantContext.require(), key));
        });
        active.remove(key);
        return state(module, active);
    }

    /** The bound tenant's latest activations and deactivations, newest first. */
    @Transactional(readOnly = true)
    public List<ModuleChange> history() {
        return audit.findTop50ByOrderByOccurredAtDescIdDesc().stream().map(ModuleActivationAudit::view).toList();
    }

    private void switchOn(InstalledModule module, ModuleActor actor) {
        String key = module.key();
        TenantModule row = modules.findByModuleKey(key).orElse(null);
        if (row != null && row.isActive()) {
            return;
        }
        boolean first = row == null;
        if (first) {
            modules.saveAndFlush(TenantModule.firstActivation(key, clock.instant()));
            applyDefaults(module.descriptor());
        } else {
            row.reactivate(clock.instant());
        }
        audit.save(new ModuleActivationAudit(key, Action.ACTIVATED, actor, clock.instant()));
        runTenantSetup(module, actor, first);
        announceAfterCommit();
        events.publishEvent(new ModuleActivated(TenantContext.require(), key, first));
    }

    private void applyDefaults(ModuleDescriptor descriptor) {
        for (ModuleSetting setting : descriptor.settings()) {
            settings.save(new TenantModuleSetting(descriptor.key(), setting.key(), setting.defaultValue()));
        }
        for (ModulePermission permission : descriptor.permissions()) {
            permission.defaultRoles().forEach(role ->
                    grants.save(new ModulePermissionGrant(descriptor.key(), role, permission.name())));
        }
    }

    private void runTenantSetup(InstalledModule module, ModuleActor actor, boolean first) {
        Map<String, String> values = new LinkedHashMap<>();
        settings.findByModuleKey(module.key()).forEach(s -> values.put(s.settingKey(), s.value()));
        long tenantId = TenantContext.require();
        TenantModuleContext context = new TenantModuleContext() {
            @Override
            public long tenantId() {
                return tenantId;
            }

            @Override
            public String tenantSlug() {
                return actor.tenantSlug();
            }

            @Override
            public boolean firstActivation() {
                return first;
            }

            @Override
            public Map<String, String> settings() {
                return Map.copyOf(values);
            }

            @Override
            public <T> T bean(Class<T> type) {
                return contexts.get().contextOf(module.key()).getBean(type);
            }
        };
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(module.classLoader());
        try {
            module.module().onActivate(context);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private void announceAfterCommit() {
        long tenantId = TenantContext.require();
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                cache.changed(tenantId);
            }
        });
    }

    private Set<String> activeKeys() {
        return new HashSet<>(modules.findActiveKeys());
    }

    private InstalledModule require(String key) {
        return installed.find(key).orElseThrow(() -> new NotFoundException("Module", key));
    }

    private ModuleState state(InstalledModule module, Set<String> active) {
        ModuleDescriptor descriptor = module.descriptor();
        List<String> missing = descriptor.requires().stream().filter(r -> !active.contains(r)).toList();
        return new ModuleState(descriptor, active.contains(module.key()), missing);
    }

    /**
     * One installed module as a tenant sees it.
     *
     * @param missingRequirements required modules the tenant has not activated
     */
    record ModuleState(ModuleDescriptor descriptor, boolean active, List<String> missingRequirements) {
    }
}
