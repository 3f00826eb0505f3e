package org.twofold.service.signin;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.twofold.service.config.DeploymentConfig;

/**
 * Says in the log, at start and every minute, that break-glass is on: an install that signs
 * everyone in with a password alone must not stay so unnoticed.
 */
@Singleton
@Startup
public class BreakGlassWarning {

    static final String TEXT = "Break-glass is on (TWOFOLD_BREAK_GLASS=true): everyone signs in with a password only,"
            + " whatever the settings say. Set a second factor up for an administrator, then remove TWOFOLD_BREAK_GLASS"
            + " and restart.";

    private static final Logger LOG = Logger.getLogger(BreakGlassWarning.class.getName());

    @Inject
    private DeploymentConfig deployment;

    @PostConstruct
    void atStart() {
        deployment.unreadableBreakGlass().ifPresent(value -> LOG.warning(
                "TWOFOLD_BREAK_GLASS is neither true nor false; break-glass stays off."));
        everyMinute();
    }

    @Schedule(hour = "*", minute = "*", persistent = false)
    public void everyMinute() {
        if (deployment.breakGlass()) {
            LOG.warning(TEXT);
        }
    }
}
