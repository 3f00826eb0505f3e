package org.twofold.domain.settings;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Settings changed by name, as the API receives them in JSON ({@code "lockoutThreshold": 5}):
 * each value, of the one JSON type its {@link Setting} takes, is put into a copy of the
 * settings, whose own checks ({@link SystemSettings#problems}) then apply as for the console.
 */
public final class SettingsPatch {

    private SettingsPatch() {
    }

    /**
     * Puts each value into {@code target} (a copy, not yet saved).
     *
     * @param values as JSON gives them: Boolean, a Number, String, a list of strings
     * @return one line per name that is unknown or whose value is not of its type, e.g.
     *         {@code "lockoutThreshold: must be a whole number"}; empty when all were taken
     */
    public static List<String> apply(SystemSettings target, Map<String, ?> values) {
        List<String> problems = new ArrayList<>();
        values.forEach((name, value) -> {
            Optional<Setting<?>> setting = SettingCatalog.named(name);
            if (setting.isEmpty()) {
                problems.add(name + ": no such setting");
            } else if (value == null) {
                problems.add(name + ": must not be null");
            } else {
                setting.get().parseInto(target, value).ifPresent(problems::add);
            }
        });
        return problems;
    }
}
