package org.twofold.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.List;
import org.twofold.domain.otp.OtpAlgorithm;
import org.twofold.domain.settings.EnrolmentMode;
import org.twofold.domain.settings.SystemSettings;
import org.twofold.domain.user.TwoFactorMethod;
import org.twofold.service.RefusedException;
import org.twofold.service.settings.SettingsService;
import org.twofold.web.i18n.Messages;

/** System settings: the form edits a copy; saving checks every rule before anything changes. */
@Named
@ViewScoped
public class SettingsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private SettingsService settingsService;

    @Inject
    private ConsoleActor console;

    private SystemSettings settings;

    @PostConstruct
    void load() {
        settings = settingsService.editableCopy();
    }

    public void save() {
        try {
            List<String> changed = settingsService.save(settings, console.actor());
            if (changed.isEmpty()) {
                Messages.info("console.nothingChanged");
            } else {
                Messages.info("settings.saved", String.join(", ",
                        changed.stream().map(name -> Messages.text("settings.name." + name)).toList()));
            }
            settings = settingsService.editableCopy();
        } catch (RefusedException refused) {
            ConsoleActor.show(refused);
        }
    }

    public SystemSettings getSettings() {
        return settings;
    }

    /** An array, not a set, so Faces knows the element type and converts the checkboxes to enums. */
    public TwoFactorMethod[] getAllowedMethods() {
        return settings.getAllowedMethods().toArray(TwoFactorMethod[]::new);
    }

    public void setAllowedMethods(TwoFactorMethod[] methods) {
        EnumSet<TwoFactorMethod> chosen = EnumSet.noneOf(TwoFactorMethod.class);
        if (methods != null) {
            chosen.addAll(List.of(methods));
        }
        settings.setAllowedMethods(chosen);
    }

    public TwoFactorMethod[] getMethods() {
        return TwoFactorMethod.values();
    }

    public EnrolmentMode[] getEnrolmentModes() {
        return EnrolmentMode.values();
    }

    public OtpAlgorithm[] getAlgorithms() {
        return OtpAlgorithm.values();
    }
}
