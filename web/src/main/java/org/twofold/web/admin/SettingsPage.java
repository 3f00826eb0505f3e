package org.twofold.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.twofold.domain.otp.OtpAlgorithm;
import org.twofold.domain.settings.EnrolmentMode;
import org.twofold.domain.settings.SettingsPatch;
import org.twofold.domain.settings.SystemSettings;
import org.twofold.domain.settings.UserVerification;
import org.twofold.domain.user.TwoFactorMethod;
import org.twofold.service.RefusedException;
import org.twofold.service.settings.SettingsService;
import org.twofold.web.i18n.Messages;

/**
 * System settings: the page edits a {@link SettingsForm}; saving applies it to a copy of the
 * settings as the API's PATCH does, and checks every rule before anything changes.
 */
@Named
@ViewScoped
public class SettingsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private SettingsService settingsService;

    @Inject
    private ConsoleActor console;

    private SettingsForm form;

    @PostConstruct
    void load() {
        form = SettingsForm.of(settingsService.current());
    }

    public void save() {
        SystemSettings edited = settingsService.editableCopy();
        List<String> unreadable = SettingsPatch.apply(edited, form.asPatch());
        if (!unreadable.isEmpty()) {
            unreadable.forEach(problem -> Messages.error("settings.unreadable", problem));
            return;
        }
        try {
            List<String> changed = settingsService.save(edited, console.actor());
            if (changed.isEmpty()) {
                Messages.info("console.nothingChanged");
            } else {
                Messages.info("settings.saved", String.join(", ",
                        changed.stream().map(name -> Messages.text("settings.name." + name)).toList()));
            }
            form = SettingsForm.of(settingsService.current());
        } catch (RefusedException refused) {
            ConsoleActor.show(refused);
        }
    }

    public SettingsForm getForm() {
        return form;
    }

    public TwoFactorMethod[] getMethods() {
        return TwoFactorMethod.values();
    }

    public EnrolmentMode[] getEnrolmentModes() {
        return EnrolmentMode.values();
    }

    public UserVerification[] getUserVerifications() {
        return UserVerification.values();
    }

    public OtpAlgorithm[] getAlgorithms() {
        return OtpAlgorithm.values();
    }
}
