package org.twofold.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.twofold.service.RefusedException;
import org.twofold.service.oidc.ApplicationAdministration;
import org.twofold.service.oidc.ApplicationSummary;
import org.twofold.service.oidc.ProviderAddress;
import org.twofold.service.oidc.SigningKeys;
import org.twofold.service.role.RoleAdministration;
import org.twofold.web.i18n.Messages;

/**
 * Applications: the intranet's apps that sign people in through Twofold, registered and
 * changed; a confidential one's secret shown once; the signing keys, and their rotation.
 */
@Named
@ViewScoped
public class ApplicationsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ApplicationAdministration applications;

    @Inject
    private SigningKeys signingKeys;

    @Inject
    private RoleAdministration roles;

    @Inject
    private ProviderAddress issuer;

    @Inject
    private ConsoleActor console;

    private List<ApplicationSummary> list;
    private List<SigningKeys.KeyLine> keys;
    private List<String> roleNames;
    private ApplicationForm form;
    /** A secret just made, shown in the answer to the action that made it and cleared by the next. */
    /** Shown in the answer to the request that made it, and never written with the session to the database. */
    private transient String shownSecret;
    private String shownSecretFor;

    @PostConstruct
    void load() {
        list = applications.list();
        keys = signingKeys.list(Instant.now());
        roleNames = roles.assignableNames();
    }

    public void startNew() {
        form = new ApplicationForm();
        shownSecret = null;
    }

    public void edit(ApplicationSummary application) {
        form = ApplicationForm.of(application);
        shownSecret = null;
    }

    public void cancel() {
        form = null;
    }

    public void save() {
        shownSecret = null;
        try {
            if (form.isCreating()) {
                String secret = applications.create(form.draft(), Instant.now(), console.actor()).orElse(null);
                showSecret(form.getClientId(), secret);
                Messages.info("applications.created", form.getClientId());
            } else {
                applications.update(form.getClientId(), form.draft(), console.actor());
                Messages.info("console.saved");
            }
            form = null;
            load();
        } catch (RefusedException refused) {
            ConsoleActor.show(refused);
        }
    }

    public void newSecret(ApplicationSummary application) {
        shownSecret = null;
        try {
            showSecret(application.clientId(), applications.newSecret(application.clientId(), console.actor()));
        } catch (RefusedException refused) {
            ConsoleActor.show(refused);
        }
    }

    public void delete(ApplicationSummary application) {
        shownSecret = null;
        try {
            applications.delete(application.clientId(), console.actor());
            Messages.info("applications.deleted", application.clientId());
        } catch (RefusedException refused) {
            ConsoleActor.show(refused);
        }
        load();
    }

    public void rotateKeys() {
        shownSecret = null;
        signingKeys.rotate(Instant.now(), console.actor());
        Messages.info("applications.keys.rotated");
        load();
    }

    private void showSecret(String clientId, String secret) {
        shownSecret = secret;
        shownSecretFor = secret == null ? null : clientId;
    }

    /** What an application's library needs to find everything else. */
    public String getDiscoveryUrl() {
        return issuer.endpoint("/.well-known/openid-configuration");
    }

    public List<ApplicationSummary> getList() {
        return list;
    }

    public List<SigningKeys.KeyLine> getKeys() {
        return keys;
    }

    public List<String> getRoleNames() {
        return roleNames;
    }

    public ApplicationForm getForm() {
        return form;
    }

    public String getShownSecret() {
        return shownSecret;
    }

    public String getShownSecretFor() {
        return shownSecretFor;
    }
}
