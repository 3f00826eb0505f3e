package org.twofold.service.oidc;

import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;
import org.twofold.domain.oidc.AccessToken;
import org.twofold.domain.oidc.Application;
import org.twofold.service.user.UserDirectory;

/**
 * OpenID Connect Back-Channel Logout: when a person's Twofold sign-in ends (they sign out on
 * Twofold, or through an application), every application that sign-in got tokens for, and that
 * registered a back-channel address, is told directly, server to server, with a signed logout
 * token, so its own session ends too. In the background: signing out never waits for them.
 */
@Stateless
public class BackChannelLogout {

    private static final Logger LOG = Logger.getLogger(BackChannelLogout.class.getName());
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @PersistenceContext(unitName = "twofold")
    private EntityManager em;

    @Inject
    private UserDirectory users;

    @Inject
    private IdTokens tokens;

    /** @param signedInAt when the ended sign-in happened: its tokens carry it as {@code auth_time} */
    @Asynchronous
    public void signInEnded(String username, Instant signedInAt) {
        users.find(username).ifPresent(user -> {
            List<Long> applicationIds = em.createNamedQuery(AccessToken.APPLICATIONS_OF_SIGN_IN, Long.class)
                    .setParameter("userId", user.getId()).setParameter("authTime", signedInAt).getResultList();
            String subject = SignedInClaims.subjectOf(user);
            for (Long id : applicationIds) {
                Application application = em.find(Application.class, id);
                if (application != null && application.isEnabled() && application.getBackchannelLogoutUri() != null) {
                    tell(application, tokens.logoutToken(application.getClientId(), subject, Instant.now()));
                }
            }
        });
    }

    private static void tell(Application application, String logoutToken) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(application.getBackchannelLogoutUri()))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("logout_token=" + URLEncoder.encode(logoutToken, StandardCharsets.UTF_8)))
                .build();
        try {
            int status = HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status != 200 && status != 204) {
                LOG.warning("The application " + application.getClientId() + " answered " + status
                        + " to a back-channel logout; its session for that person may go on.");
            }
        } catch (IOException e) {
            LOG.warning("The application " + application.getClientId() + " could not be told of a sign-out at its back-channel"
                    + " logout address: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
