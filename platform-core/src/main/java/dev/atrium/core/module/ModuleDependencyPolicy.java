package dev.atrium.core.module;

import dev.atrium.plugin.module.ModuleDescriptor;
import dev.atrium.plugin.problem.RuleViolationException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A module runs only on top of the modules it requires: it may not be
 * activated before them, and they may not be deactivated under it.
 */
final class ModuleDependencyPolicy {

    private final InstalledModules installed;

    ModuleDependencyPolicy(InstalledModules installed) {
        this.installed = installed;
    }

    Optional<Refusal> refuseActivation(ModuleDescriptor module, Set<String> active) {
        List<String> missing = module.requires().stream().filter(key -> !active.contains(key)).sorted().toList();
        if (missing.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Refusal("module-dependency-missing", "Required modules not active",
                module.name() + " requires " + names(missing) + ", which " + (missing.size() == 1 ? "is" : "are")
                        + " not active. Activate " + (missing.size() == 1 ? "it" : "them") + " first.",
                module.key(), missing, module.name(), names(missing)));
    }

    Optional<Refusal> refuseDeactivation(ModuleDescriptor module, Set<String> active) {
        List<String> dependents = installed.all().stream()
                .filter(other -> active.contains(other.key()) && other.descriptor().requires().contains(module.key()))
                .map(InstalledModule::key).sorted().toList();
        if (dependents.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Refusal("module-required-by-active", "Module still required",
                module.name() + " is required by " + names(dependents) + ". Deactivate "
                        + (dependents.size() == 1 ? "it" : "them") + " first.",
                module.key(), dependents, module.name(), names(dependents)));
    }

    /** Keys of the modules to activate, requirements first, so that {@code module} can be activated too. */
    List<String> activationOrder(String moduleKey, Set<String> active) {
        LinkedHashSet<String> order = new LinkedHashSet<>();
        collect(moduleKey, active, order);
        return List.copyOf(order);
    }

    private void collect(String key, Set<String> active, Set<String> order) {
        if (active.contains(key) || order.contains(key)) {
            return;
        }
        installed.find(key).ifPresent(module -> module.descriptor().requires().forEach(r -> collect(r, active, order)));
        order.add(key);
    }

    private String names(List<String> keys) {
        return String.join(", ", keys.stream()
                .map(key -> installed.find(key).map(m -> m.descriptor().name()).orElse(key))
                .toList());
    }

    /**
     * Why a change was refused.
     *
     * @param modules     the modules at stake: missing requirements, or active dependents
     * @param moduleName  the module's name, for a reader whose language its bundle lacks
     * @param moduleNames the names of {@code modules}, likewise
     */
    record Refusal(String type, String title, String detail, String module, List<String> modules, String moduleName,
            String moduleNames) {

        RuleViolationException toProblem() {
            return new RuleViolationException(type, title, detail, Map.of("module", module, "modules", modules,
                    "moduleName", moduleName, "moduleNames", moduleNames));
        }
    }
}
