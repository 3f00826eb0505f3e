package org.twofold.service.settings;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.twofold.domain.settings.SystemSettings;

/** The one row of run-time settings, created with secure defaults when missing. */
@Stateless
public class SettingsService {

    @PersistenceContext(unitName = "twofold")
    private EntityManager em;

    public SystemSettings current() {
        SystemSettings settings = em.find(SystemSettings.class, SystemSettings.SINGLETON_ID);
        if (settings == null) {
            settings = new SystemSettings();
            em.persist(settings);
        }
        return settings;
    }

    /** Changes the lockout rule; the console issue adds the other settings. */
    public void setLockout(int threshold, int durationMinutes) {
        if (threshold < 1 || threshold > 100) {
            throw new IllegalArgumentException("The lockout threshold must be between 1 and 100");
        }
        if (durationMinutes < 1 || durationMinutes > 24 * 60) {
            throw new IllegalArgumentException("The lockout duration must be between 1 and 1440 minutes");
        }
        SystemSettings settings = current();
        settings.setLockoutThreshold(threshold);
        settings.setLockoutDurationMinutes(durationMinutes);
    }
}
