package org.twofold.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.twofold.service.RefusedException;
import org.twofold.service.role.RoleAdministration;
import org.twofold.service.role.RoleSummary;
import org.twofold.web.i18n.Messages;

/** Roles: create, rename, delete, and the two-factor flag. */
@Named
@ViewScoped
public class RolesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private RoleAdministration roles;

    @Inject
    private ConsoleActor console;

    private List<RoleSummary> list;
    private String newName;
    private boolean newRequiresTwoFactor;
    private Long renaming;
    private String renameTo;

    @PostConstruct
    void load() {
        list = roles.list();
    }

    public void create() {
        try {
            roles.create(newName, newRequiresTwoFactor, console.actor());
            Messages.info("roles.created", newName.trim());
            newName = null;
            newRequiresTwoFactor = false;
            load();
        } catch (RefusedException refused) {
            ConsoleActor.show(refused);
        }
    }

    public void toggle(RoleSummary role) {
        try {
            roles.setRequiresTwoFactor(role.id(), !role.requiresTwoFactor(), console.actor());
            Messages.info("roles.flagged", role.name(),
                    Messages.text(role.requiresTwoFactor() ? "roles.flag.off" : "roles.flag.on"));
        } catch (RefusedException refused) {
            ConsoleActor.show(refused);
        }
        load();
    }

    public void startRename(RoleSummary role) {
        renaming = role.id();
        renameTo = role.name();
    }

    public void rename() {
        try {
            roles.rename(renaming, renameTo, console.actor());
            Messages.info("console.saved");
            renaming = null;
            load();
        } catch (RefusedException refused) {
            ConsoleActor.show(refused);
        }
    }

    public void delete(RoleSummary role) {
        try {
            roles.delete(role.id(), console.actor());
            Messages.info("roles.deleted");
        } catch (RefusedException refused) {
            ConsoleActor.show(refused);
        }
        load();
    }

    public List<RoleSummary> getList() {
        return list;
    }

    public String getNewName() {
        return newName;
    }

    public void setNewName(String newName) {
        this.newName = newName;
    }

    public boolean isNewRequiresTwoFactor() {
        return newRequiresTwoFactor;
    }

    public void setNewRequiresTwoFactor(boolean newRequiresTwoFactor) {
        this.newRequiresTwoFactor = newRequiresTwoFactor;
    }

    public Long getRenaming() {
        return renaming;
    }

    public String getRenameTo() {
        return renameTo;
    }

    public void setRenameTo(String renameTo) {
        this.renameTo = renameTo;
    }
}
