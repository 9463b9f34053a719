package dev.atrium.core.preference;

import dev.atrium.plugin.list.ChoosableColumns;
import dev.atrium.plugin.list.ListColumns;
import dev.atrium.plugin.problem.ProblemException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The plugin API's {@link ListColumns}: a user's choice is one preference per list, its columns comma-separated. */
@Service
class HostListColumns implements ListColumns {

    private final UserPreferences preferences;

    HostListColumns(UserPreferences preferences) {
        this.preferences = preferences;
    }

    @Override
    @Transactional(readOnly = true)
    public List<String> shown(ChoosableColumns list) {
        return preferences.get(key(list))
                .map(saved -> list.inOrder(Arrays.asList(saved.split(","))))
                .orElse(list.inOrder(list.defaults()));
    }

    @Override
    @Transactional(readOnly = true)
    public boolean chosen(ChoosableColumns list) {
        return preferences.get(key(list)).isPresent();
    }

    @Override
    @Transactional
    public List<String> choose(ChoosableColumns list, Collection<String> columns) {
        if (columns == null) {
            throw ProblemException.invalidField("columns", "{columns.problem.missing}");
        }
        if (columns.stream().anyMatch(column -> column == null || !list.available().contains(column))) {
            throw ProblemException.invalidField("columns", "{columns.problem.unknown}");
        }
        List<String> shown = list.inOrder(columns);
        preferences.put(key(list), String.join(",", shown));
        return shown;
    }

    @Override
    @Transactional
    public List<String> reset(ChoosableColumns list) {
        preferences.remove(key(list));
        return list.inOrder(list.defaults());
    }

    private static String key(ChoosableColumns list) {
        return "list-columns:" + list.list();
    }
}
