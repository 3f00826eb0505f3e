package org.twofold.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.twofold.domain.directory.DirectoryPreset;
import org.twofold.domain.directory.GroupLookup;
import org.twofold.service.RefusedException;
import org.twofold.service.directory.DirectoryProbe;
import org.twofold.service.directory.DirectorySettingsService;
import org.twofold.service.directory.DirectoryTestResult;
import org.twofold.service.role.RoleAdministration;
import org.twofold.web.i18n.Messages;

/** The company directory connection: edit, fill from a preset, map groups to roles, test, save. */
@Named
@ViewScoped
public class DirectoryPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private DirectorySettingsService settings;

    @Inject
    private DirectoryProbe probe;

    @Inject
    private RoleAdministration roles;

    @Inject
    private ConsoleActor console;

    private DirectoryForm form;
    private boolean bindPasswordStored;
    private String testLogin;
    private DirectoryTestResult testResult;

    @PostConstruct
    void load() {
        form = DirectoryForm.of(settings.config());
        bindPasswordStored = settings.hasBindPassword();
    }

    public void save() {
        try {
            settings.save(form.config(), form.newBindPassword(), console.actor());
            Messages.info("console.saved");
            load();
        } catch (RefusedException refused) {
            ConsoleActor.show(refused);
        }
    }

    public void test() {
        testResult = null;
        try {
            testResult = probe.test(form.config(), form.newBindPassword(), testLogin, Instant.now());
        } catch (RefusedException refused) {
            ConsoleActor.show(refused);
        }
    }

    public void applyPreset(DirectoryPreset preset) {
        form.apply(preset);
    }

    public void addMapping() {
        form.getGroupRoles().add(new DirectoryForm.GroupRoleRow("", ""));
    }

    public void removeMapping(DirectoryForm.GroupRoleRow row) {
        form.getGroupRoles().remove(row);
    }

    public DirectoryForm getForm() {
        return form;
    }

    public boolean isBindPasswordStored() {
        return bindPasswordStored;
    }

    public List<String> getRoleNames() {
        return roles.assignableNames();
    }

    public GroupLookup[] getGroupLookups() {
        return GroupLookup.values();
    }

    public DirectoryPreset[] getPresets() {
        return DirectoryPreset.values();
    }

    /** A list as one line, for the test result. */
    public String join(List<String> values, String separator) {
        return String.join(separator, values);
    }

    public String getTestLogin() {
        return testLogin;
    }

    public void setTestLogin(String testLogin) {
        this.testLogin = testLogin;
    }

    public DirectoryTestResult getTestResult() {
        return testResult;
    }
}
