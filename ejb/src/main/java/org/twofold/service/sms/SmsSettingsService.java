package org.twofold.service.sms;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.twofold.domain.audit.AuditEventType;
import org.twofold.domain.sms.SmsSettings;
import org.twofold.domain.sms.SmsStaticParameter;
import org.twofold.service.RefusedException;
import org.twofold.service.audit.Actor;
import org.twofold.service.audit.AuditLog;

/** The SMS gateway settings: read, and saved only when valid. */
@Stateless
public class SmsSettingsService {

    @PersistenceContext(unitName = "twofold")
    private EntityManager em;

    @Inject
    private AuditLog audit;

    public SmsSettings current() {
        SmsSettings settings = em.find(SmsSettings.class, SmsSettings.SINGLETON_ID);
        if (settings == null) {
            settings = new SmsSettings();
            em.persist(settings);
        }
        return settings;
    }

    /**
     * Replaces the settings. Nothing changes when they are invalid.
     *
     * @throws RefusedException naming each problem (message keys)
     */
    public void save(String gatewayUrl, String messageParameter, String receiverParameter, boolean usePost,
                     String messageTemplate, List<SmsStaticParameter> staticParameters, Actor actor)
            throws RefusedException {
        SmsSettings candidate = new SmsSettings();
        candidate.setGatewayUrl(gatewayUrl == null ? null : gatewayUrl.trim());
        candidate.setMessageParameter(messageParameter);
        candidate.setReceiverParameter(receiverParameter);
        candidate.setUsePost(usePost);
        candidate.setMessageTemplate(messageTemplate);
        candidate.getStaticParameters().addAll(staticParameters);
        List<String> problems = candidate.problems();
        if (!problems.isEmpty()) {
            throw new RefusedException(problems);
        }
        SmsSettings settings = current();
        settings.setGatewayUrl(candidate.getGatewayUrl());
        settings.setMessageParameter(messageParameter);
        settings.setReceiverParameter(receiverParameter);
        settings.setUsePost(usePost);
        settings.setMessageTemplate(messageTemplate);
        settings.getStaticParameters().clear();
        settings.getStaticParameters().addAll(staticParameters);
        // Static parameters may hold an API key: the audit names the gateway host only.
        audit.recordChange(actor, AuditEventType.SMS_SETTINGS_CHANGED, null, settings.isConfigured()
                ? "gateway " + java.net.URI.create(settings.getGatewayUrl()).getHost() : "gateway removed");
    }
}
