package org.twofold.web.admin;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.twofold.domain.settings.SystemSettings;
import org.twofold.web.i18n.Messages;

class SettingNamesTest {

    /** The settings page names what a save changed; a setting added without a name would show a raw key. */
    @Test
    void everySettingHasANameForTheSavedMessage() {
        ResourceBundle bundle = ResourceBundle.getBundle(Messages.BUNDLE);
        for (String setting : new SystemSettings().summary().keySet()) {
            assertTrue(bundle.containsKey("settings.name." + setting), setting);
        }
    }
}
