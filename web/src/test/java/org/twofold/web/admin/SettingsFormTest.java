package org.twofold.web.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.twofold.domain.settings.SettingsPatch;
import org.twofold.domain.settings.SystemSettings;
import org.twofold.domain.user.TwoFactorMethod;

/** The settings page's form holds values, not the row; saving it is the API's PATCH. */
class SettingsFormTest {

    @Test
    void aFormSavedUnchangedChangesNothing() {
        SystemSettings saved = new SystemSettings();
        saved.getLockout().setLockoutThreshold(7);
        saved.getNetwork().setBypassNetworks("10.0.0.0/8");
        SystemSettings edited = new SystemSettings();
        assertEquals(List.of(), SettingsPatch.apply(edited, SettingsForm.of(saved).asPatch()));
        assertEquals(saved.summary(), edited.summary());
    }

    @Test
    void whatThePageChangedIsWhatIsSaved() {
        SettingsForm form = SettingsForm.of(new SystemSettings());
        form.getValues().put("lockoutThreshold", 5);
        form.getValues().put("defaultMethod", "EMAIL");
        form.setAllowedMethods(new String[] {"TOTP", "EMAIL"});
        SystemSettings edited = new SystemSettings();
        assertEquals(List.of(), SettingsPatch.apply(edited, form.asPatch()));
        assertEquals(List.of("allowedMethods", "defaultMethod", "lockoutThreshold"), edited.changedSince(new SystemSettings()));
        assertEquals(TwoFactorMethod.EMAIL, edited.getDefaultMethod());
    }

    @Test
    void anEmptyNumberIsZeroForItsRangeToRefuseAndAnEmptyTextIsEmpty() {
        SettingsForm form = SettingsForm.of(new SystemSettings());
        form.getValues().put("lockoutThreshold", null);
        form.getValues().put("bypassNetworks", null);
        SystemSettings edited = new SystemSettings();
        assertEquals(List.of(), SettingsPatch.apply(edited, form.asPatch()));
        assertEquals(List.of("settings.lockoutThreshold.range"), edited.problems(false));
    }
}
