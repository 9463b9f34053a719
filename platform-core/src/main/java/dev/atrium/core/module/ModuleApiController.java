package dev.atrium.core.module;

import io.swagger.v3.oas.annotations.Operation;
import dev.atrium.core.principal.AtriumPrincipal;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The caller's tenant's modules: every user may look, admins switch them on and off. */
@RestController
class ModuleApiController {

    private final ModuleActivationService activations;
    private final HostModuleSettings settings;

    ModuleApiController(ModuleActivationService activations, HostModuleSettings settings) {
        this.activations = activations;
        this.settings = settings;
    }

    /** The module's settings with the tenant's values (the declared default where it set none). */
    @GetMapping("/api/v1/modules/{key}/settings")
    @Operation(summary = "A module's settings with your company's values")
    @PreAuthorize("hasAuthority('setup:modules')")
    Map<String, String> settings(@PathVariable String key) {
        return settings.all(key);
    }

    /** Changes one setting, after the module checked the value; applies from the next request on. */
    @PutMapping("/api/v1/modules/{key}/settings/{setting}")
    @Operation(summary = "Change one setting of a module")
    @PreAuthorize("hasAuthority('setup:modules')")
    Map<String, String> changeSetting(@PathVariable String key, @PathVariable String setting,
            @Valid @RequestBody SettingValue body) {
        return settings.change(key, setting, body.value());
    }

    record SettingValue(@NotNull @Size(max = 1000) String value) {
    }

    @GetMapping("/api/v1/modules")
    @Operation(summary = "The installed modules and their state for your company")
    List<ModuleView> list() {
        return activations.overview().stream().map(ModuleView::of).toList();
    }

    /** Who switched which module on or off, and when: the latest 50 changes, newest first. */
    @GetMapping("/api/v1/modules/history")
    @Operation(summary = "Who activated or deactivated which module, newest first")
    @PreAuthorize("hasAuthority('setup:modules')")
    List<ModuleChange> history() {
        return activations.history();
    }

    /**
     * Activates a module. With {@code withRequirements=true} the modules it
     * requires are activated first; otherwise a missing one is refused with 409
     * {@code module-dependency-missing}.
     */
    @PutMapping("/api/v1/modules/{key}/activation")
    @Operation(summary = "Activate a module (withRequirements=true activates what it requires first)")
    @PreAuthorize("hasAuthority('setup:modules')")
    ModuleView activate(@PathVariable String key, @RequestParam(defaultValue = "false") boolean withRequirements,
            @AuthenticationPrincipal AtriumPrincipal me) {
        ModuleActor actor = ModuleActor.of(me);
        return ModuleView.of(withRequirements ? activations.activateWithRequirements(key, actor)
                : activations.activate(key, actor));
    }

    /** Deactivates a module; the tenant's data stays, and a later activation finds it again. */
    @DeleteMapping("/api/v1/modules/{key}/activation")
    @Operation(summary = "Deactivate a module; its data is kept")
    @PreAuthorize("hasAuthority('setup:modules')")
    ModuleView deactivate(@PathVariable String key, @AuthenticationPrincipal AtriumPrincipal me) {
        return ModuleView.of(activations.deactivate(key, ModuleActor.of(me)));
    }
}
