package dev.atrium.core.numbering;

import dev.atrium.plugin.numbering.NumberSeries;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.stereotype.Component;

/**
 * Every series some feature or installed module declared: the core's as
 * {@link NumberSeries} beans, each module's from its descriptor (registered as
 * beans too when the module is loaded). Only these take numbers.
 */
@Component
class DeclaredNumberSeries {

    private final Map<String, NumberSeries> byKey = new TreeMap<>();

    DeclaredNumberSeries(List<NumberSeries> declared) {
        for (NumberSeries series : declared) {
            NumberSeries earlier = byKey.putIfAbsent(series.key(), series);
            if (earlier != null && !earlier.equals(series)) {
                throw new IllegalStateException("Number series '" + series.key() + "' is declared twice");
            }
        }
    }

    Optional<NumberSeries> find(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    Collection<NumberSeries> all() {
        return byKey.values();
    }
}
