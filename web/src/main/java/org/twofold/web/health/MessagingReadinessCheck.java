package org.twofold.web.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSRuntimeException;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only when the messaging engine takes a connection: codes by email and SMS go through it. */
@Readiness
@ApplicationScoped
public class MessagingReadinessCheck implements HealthCheck {

    @Resource(lookup = "jms/twofoldConnectionFactory")
    private ConnectionFactory connections;

    @Override
    public HealthCheckResponse call() {
        try (JMSContext context = connections.createContext()) {
            context.getMetaData();
            return HealthCheckResponse.up("messaging");
        } catch (JMSRuntimeException e) {
            return HealthCheckResponse.named("messaging").down().withData("error", e.getClass().getSimpleName()).build();
        }
    }
}
