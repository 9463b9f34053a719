package dev.atrium.core.module;

import dev.atrium.core.principal.AtriumPrincipal;
import dev.atrium.core.principal.CorePermissions;
import dev.atrium.core.problem.ProblemTexts;
import dev.atrium.plugin.problem.RuleViolationException;
import dev.atrium.plugin.module.ModuleSetting;
import dev.atrium.plugin.problem.FieldError;
import dev.atrium.plugin.problem.NotFoundException;
import dev.atrium.plugin.problem.ProblemException;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Setup > Modules: every installed module with its state, switched on and off
 * in place (htmx boosts the forms; without JavaScript they post and redirect).
 */
@Controller
class ModulePageController {

    private final ModuleActivationService activations;
    private final InstalledModules installed;
    private final HostModuleSettings settings;
    private final MessageSource messages;
    private final ModuleTexts texts;

    ModulePageController(ModuleActivationService activations, InstalledModules installed,
            HostModuleSettings settings, MessageSource messages, ModuleTexts texts) {
        this.activations = activations;
        this.installed = installed;
        this.settings = settings;
        this.messages = messages;
        this.texts = texts;
    }

    /** A module as the page shows it: its texts in the reader's language. */
    private ModuleView view(ModuleActivationService.ModuleState state) {
        return ModuleView.of(state, texts.of(state.descriptor()));
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
    }

    /** Each installed module's name by key: a person reads "Contracts", not {@code contracts}. */
    @ModelAttribute("moduleNames")
    Map<String, String> moduleNames() {
        Map<String, String> names = new LinkedHashMap<>();
        installed.all().forEach(module -> names.put(module.key(), texts.name(module.key())));
        return names;
    }

    /** What each installed module requires, by name, as the page reads it: "Contracts, Stock". */
    @ModelAttribute("requiredNames")
    Map<String, String> requiredNames() {
        Map<String, String> names = moduleNames();
        Map<String, String> required = new LinkedHashMap<>();
        installed.all().forEach(module -> required.put(module.key(), String.join(", ", module.descriptor().requires()
                .stream().map(key -> names.getOrDefault(key, key)).toList())));
        return required;
    }

    @GetMapping("/t/{slug}/setup/modules")
    String list(@PathVariable String slug, Authentication authentication, Model model) {
        model.addAttribute("modules", activations.overview().stream().map(this::view).toList());
        model.addAttribute("mayChange", authentication.getAuthorities().stream()
                .anyMatch(a -> CorePermissions.SETUP_MODULES.equals(a.getAuthority())));
        model.addAttribute("history", activations.history());
        return "modules/setup";
    }

    /** A module's setup page: what it does, and its settings, each edited with the field its kind asks for. */
    @GetMapping("/t/{slug}/setup/modules/{key}")
    @PreAuthorize("hasAuthority('setup:modules')")
    String settings(@PathVariable String slug, @PathVariable String key, Model model) {
        return settingsPage(key, settings.all(key), Map.of(), model);
    }

    /**
     * Saves the whole form: every value checked first, all refusals shown beside their fields with what was
     * typed, nothing saved unless all are good. An unchecked checkbox sends nothing, which means "no".
     */
    @PostMapping("/t/{slug}/setup/modules/{key}")
    @PreAuthorize("hasAuthority('setup:modules')")
    String saveSettings(@PathVariable String slug, @PathVariable String key, @RequestParam Map<String, String> form,
            @AuthenticationPrincipal AtriumPrincipal me, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        InstalledModule module = installed.find(key).orElseThrow(() -> new NotFoundException("Module", key));
        Map<String, String> values = new LinkedHashMap<>();
        for (ModuleSetting setting : module.descriptor().settings()) {
            String typed = form.get(setting.key());
            values.put(setting.key(), setting.kind() == ModuleSetting.Kind.YES_NO
                    ? Boolean.toString("true".equals(typed)) : typed == null ? "" : typed);
        }
        try {
            settings.changeAll(key, values);
        } catch (ProblemException refused) {
            if (!(refused.properties().get("errors") instanceof List<?> errors)) {
                throw refused;
            }
            Map<String, String> messages = new LinkedHashMap<>();
            errors.stream().map(FieldError.class::cast).forEach(e -> messages.put(e.field(), ProblemTexts.messageOf(e.message())));
            response.setStatus(400);
            return settingsPage(key, values, messages, model);
        }
        redirect.addFlashAttribute("notice", "saved");
        return "redirect:/t/" + me.tenantSlug() + "/setup/modules/" + key;
    }

    private String settingsPage(String key, Map<String, String> values, Map<String, String> errors, Model model) {
        ModuleView module = activations.overview().stream().map(this::view)
                .filter(view -> view.key().equals(key)).findFirst()
                .orElseThrow(() -> new NotFoundException("Module", key));
        Map<String, String> labels = new LinkedHashMap<>();
        module.settings().forEach(setting -> labels.put(setting.key(), setting.description()));
        model.addAttribute("module", module);
        model.addAttribute("labels", labels);
        model.addAttribute("maxText", ModuleSetting.MAX_TEXT);
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        return "modules/settings";
    }

    @PostMapping("/t/{slug}/setup/modules/{key}/activation")
    @PreAuthorize("hasAuthority('setup:modules')")
    String activate(@PathVariable String slug, @PathVariable String key,
            @RequestParam(defaultValue = "false") boolean withRequirements, @AuthenticationPrincipal AtriumPrincipal me,
            RedirectAttributes redirect) {
        try {
            ModuleView module = view(withRequirements
                    ? activations.activateWithRequirements(key, ModuleActor.of(me))
                    : activations.activate(key, ModuleActor.of(me)));
            redirect.addFlashAttribute("notice", text("modules.page.activeNotice", module.name()));
        } catch (RuleViolationException refused) {
            redirect.addFlashAttribute("refusal", ProblemTexts.detailOf(refused));
            redirect.addFlashAttribute("refusedModule", key);
            redirect.addFlashAttribute("offerRequirements", "module-dependency-missing".equals(refused.type()));
        }
        return "redirect:/t/" + me.tenantSlug() + "/setup/modules";
    }

    @PostMapping("/t/{slug}/setup/modules/{key}/deactivation")
    @PreAuthorize("hasAuthority('setup:modules')")
    String deactivate(@PathVariable String slug, @PathVariable String key, @AuthenticationPrincipal AtriumPrincipal me,
            RedirectAttributes redirect) {
        try {
            ModuleView module = view(activations.deactivate(key, ModuleActor.of(me)));
            redirect.addFlashAttribute("notice", text("modules.page.deactivatedNotice", module.name()));
        } catch (RuleViolationException refused) {
            redirect.addFlashAttribute("refusal", ProblemTexts.detailOf(refused));
            redirect.addFlashAttribute("refusedModule", key);
        }
        return "redirect:/t/" + me.tenantSlug() + "/setup/modules";
    }
}
