package org.twofold.service.settings;

import jakarta.ejb.Stateless;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.twofold.domain.audit.AuditEventType;
import org.twofold.domain.settings.SystemSettings;
import org.twofold.domain.user.Role;
import org.twofold.service.RefusedException;
import org.twofold.service.audit.Actor;
import org.twofold.service.audit.AuditLog;
import org.twofold.service.sms.SmsGatewayTransport;

/**
 * The one row of run-time settings, created with secure defaults when missing, read once per
 * request ({@link SettingsOfThisRequest}).
 */
@Stateless
public class SettingsService {

    @PersistenceContext(unitName = "twofold")
    private EntityManager em;

    @Inject
    private SettingsOfThisRequest thisRequest;

    @Inject
    private SmsGatewayTransport smsGateway;

    @Inject
    private AuditLog audit;

    /** The settings this request reads: not to be changed (see {@link #save}). */
    public SystemSettings current() {
        try {
            return thisRequest.get(this::managed);
        } catch (ContextNotActiveException noRequest) {
            return managed();
        }
    }

    private SystemSettings managed() {
        SystemSettings settings = em.createNamedQuery(SystemSettings.WITH_METHODS, SystemSettings.class)
                .setParameter("id", SystemSettings.SINGLETON_ID).getResultStream().findFirst().orElse(null);
        if (settings == null) {
            settings = new SystemSettings();
            em.persist(settings);
        }
        return settings;
    }

    /** A detached copy for a form to edit. */
    public SystemSettings editableCopy() {
        return current().copy();
    }

    /**
     * Saves an edited copy, with Frappe's side effects: turning 2FA on from off flags the
     * role "All" (else turning it on would change nothing), and turning it off clears the
     * IP bypass, which only makes sense while 2FA is on.
     *
     * @return the names of the settings that changed
     * @throws RefusedException naming each problem; nothing is saved
     */
    public List<String> save(SystemSettings edited, Actor actor) throws RefusedException {
        List<String> problems = edited.problems(smsGateway.isAvailable());
        if (!problems.isEmpty()) {
            throw new RefusedException(problems);
        }
        SystemSettings settings = managed();
        SystemSettings before = settings.copy();
        settings.takeValuesOf(edited);
        if (settings.isTwoFactorEnabled() && !before.isTwoFactorEnabled()) {
            em.createNamedQuery(Role.BY_NAME, Role.class).setParameter("name", Role.ALL)
                    .getResultStream().forEach(all -> all.setRequiresTwoFactor(true));
        }
        if (!settings.isTwoFactorEnabled() && before.isTwoFactorEnabled()) {
            settings.getNetwork().setIpBypassAllowed(false);
        }
        List<String> changed = settings.changedSince(before);
        thisRequest.forget();
        if (!changed.isEmpty()) {
            audit.recordChange(actor, AuditEventType.SETTINGS_CHANGED, null, "changed: " + String.join(", ", changed));
        }
        return changed;
    }
}
