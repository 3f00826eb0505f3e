package org.twofold.web.admin;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.twofold.domain.settings.Setting;
import org.twofold.domain.settings.SettingCatalog;
import org.twofold.domain.settings.SystemSettings;

/**
 * The System settings page's form: each setting's value by its name, as {@link SettingCatalog}
 * lists them (a flag as Boolean, a number as Integer, a choice by its name, the methods as
 * names), never the settings row itself. Saving hands these values to the same
 * {@code SettingsPatch} as the API, so the form, the API and the command line take a value alike.
 */
public final class SettingsForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private final LinkedHashMap<String, Object> values = new LinkedHashMap<>();

    private SettingsForm() {
    }

    public static SettingsForm of(SystemSettings settings) {
        SettingsForm form = new SettingsForm();
        for (Setting<?> setting : SettingCatalog.ALL) {
            Object value = setting.valueIn(settings);
            form.values.put(setting.name(), switch (setting.kind()) {
                case CHOICE -> ((Enum<?>) value).name();
                case METHODS -> ((Collection<?>) value).stream().map(method -> ((Enum<?>) method).name()).toList();
                default -> value;
            });
        }
        return form;
    }

    /** The values the page binds, by setting name: {@code #{settingsPage.values.lockoutThreshold}}. */
    public Map<String, Object> getValues() {
        return values;
    }

    public String[] getAllowedMethods() {
        return ((List<?>) values.get("allowedMethods")).stream().map(String::valueOf).toArray(String[]::new);
    }

    public void setAllowedMethods(String[] methods) {
        values.put("allowedMethods", methods == null ? List.of() : Arrays.asList(methods));
    }

    /**
     * The values as a patch: a field left empty is an empty text, or a number 0 (which its
     * range then refuses, with the range's message), as Faces gives null for both.
     */
    public Map<String, Object> asPatch() {
        Map<String, Object> patch = new LinkedHashMap<>(values);
        for (Setting<?> setting : SettingCatalog.ALL) {
            if (patch.get(setting.name()) == null) {
                patch.put(setting.name(), setting.kind() == Setting.Kind.WHOLE_NUMBER ? (Object) 0 : "");
            }
        }
        return patch;
    }
}
