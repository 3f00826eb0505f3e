package org.twofold.web.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.twofold.service.oidc.SigningKeys;

/** Ready only when a key can sign ID tokens for other applications (it is made at first use). */
@Readiness
@ApplicationScoped
public class SigningKeyReadinessCheck implements HealthCheck {

    @Inject
    private SigningKeys keys;

    @Override
    public HealthCheckResponse call() {
        try {
            keys.current(Instant.now());
            return HealthCheckResponse.up("signing-key");
        } catch (RuntimeException e) {
            return HealthCheckResponse.named("signing-key").down().withData("error", e.getClass().getSimpleName()).build();
        }
    }
}
