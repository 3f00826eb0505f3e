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
}
