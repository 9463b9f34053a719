package dev.atrium.core.module;

import dev.atrium.plugin.problem.ProblemException;
import java.util.Map;

/**
 * A tenant reached for a module it has not activated: answered as 404, as if
 * the module's endpoints did not exist for it, with the module named so the
 * client knows what to activate.
 */
public final class ModuleNotActiveException extends ProblemException {

    private final String moduleKey;
    private final String moduleName;

    ModuleNotActiveException(String moduleKey, String moduleName) {
        super(404, "module-not-active", "Module not active", "The " + moduleName + " module (" + moduleKey
                + ") is not active for this company. An administrator can activate it under Setup > Modules.",
                Map.of("module", moduleKey, "moduleName", moduleName));
        this.moduleKey = moduleKey;
        this.moduleName = moduleName;
    }

    public String moduleKey() {
        return moduleKey;
    }

    public String moduleName() {
        return moduleName;
    }
}
