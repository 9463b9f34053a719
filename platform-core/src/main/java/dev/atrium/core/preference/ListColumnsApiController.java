package dev.atrium.core.preference;

import dev.atrium.core.module.ModuleGuard;
import dev.atrium.core.module.ModuleList;
import dev.atrium.plugin.context.CurrentTenant;
import dev.atrium.plugin.list.ChoosableColumns;
import dev.atrium.plugin.list.ListColumns;
import dev.atrium.plugin.problem.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The signed-in user's columns of the host's lists and of the lists of the modules their company activated, as
 * the column chooser on each list page sets them.
 */
@RestController
@Tag(name = "Profile", description = "The signed-in user's own account")
class ListColumnsApiController {

    private final ListColumns columns;
    private final Map<String, ChoosableColumns> hostLists;
    private final Map<String, ModuleList> moduleLists;
    private final ModuleGuard modules;
    private final CurrentTenant tenant;

    ListColumnsApiController(ListColumns columns, List<ChoosableColumns> hostLists, List<ModuleList> moduleLists,
            ModuleGuard modules, CurrentTenant tenant) {
        this.columns = columns;
        this.hostLists = hostLists.stream()
                .collect(Collectors.toUnmodifiableMap(ChoosableColumns::list, Function.identity()));
        // A module's list is named after the module (the loader refuses one that is not), so none is the host's.
        this.moduleLists = moduleLists.stream()
                .collect(Collectors.toUnmodifiableMap(list -> list.columns().list(), Function.identity()));
        this.modules = modules;
        this.tenant = tenant;
    }

    /** What a list offers and what you see of it. */
    record ListColumnsView(String list, List<String> available, List<String> always, List<String> defaults,
            List<String> columns, boolean chosen) {

        static ListColumnsView of(ChoosableColumns list, List<String> shown, boolean chosen) {
            return new ListColumnsView(list.list(), list.available(), list.inOrder(list.always()), list.defaults(),
                    shown, chosen);
        }
    }

    /** The columns you choose, by key; those always shown may be left out. */
    record ColumnsChoice(List<String> columns) {
    }

    @GetMapping("/api/v1/me/list-columns/{list}")
    @Operation(summary = "Read the columns you see on a list", description = "list is third-parties, or a "
            + "list of a module your company uses, such as contracts. Answers "
            + "the columns the list offers, those always shown, its defaults, and yours: what you chose, else the "
            + "defaults (chosen is false then).")
    ListColumnsView get(@PathVariable String list) {
        ChoosableColumns choosable = list(list);
        return ListColumnsView.of(choosable, columns.shown(choosable), columns.chosen(choosable));
    }

    @PutMapping("/api/v1/me/list-columns/{list}")
    @Operation(summary = "Choose the columns you see on a list", description = "columns are keys from available, "
            + "in any order; the list shows them in its own, with those always shown. An unknown column is a 400 "
            + "naming columns, and nothing is saved. Remembered for you alone, on every device.")
    ListColumnsView choose(@PathVariable String list, @RequestBody ColumnsChoice choice) {
        ChoosableColumns choosable = list(list);
        return ListColumnsView.of(choosable, columns.choose(choosable, choice.columns()), true);
    }

    @DeleteMapping("/api/v1/me/list-columns/{list}")
    @Operation(summary = "Go back to a list's default columns", description = "Forgets your choice; answers the "
            + "defaults.")
    ListColumnsView reset(@PathVariable String list) {
        ChoosableColumns choosable = list(list);
        return ListColumnsView.of(choosable, columns.reset(choosable), false);
    }

    /** The host's list, or an active module's; any other is no list at all. */
    private ChoosableColumns list(String name) {
        ChoosableColumns list = hostLists.get(name);
        if (list != null) {
            return list;
        }
        ModuleList moduleList = moduleLists.get(name);
        if (moduleList == null || !modules.isActive(tenant.id(), moduleList.module())) {
            throw new NotFoundException("List", name);
        }
        return moduleList.columns();
    }
}
