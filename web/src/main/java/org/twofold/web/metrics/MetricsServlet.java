package org.twofold.web.metrics;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.twofold.domain.user.Role;
import org.twofold.service.config.DeploymentConfig;
import org.twofold.service.metrics.Meters;
import org.twofold.web.security.ApiKeyAuthentication;

/** This node's metrics in Prometheus's text format, for whom {@link MetricsAccess} allows. */
@WebServlet(ApiKeyAuthentication.METRICS_PATH)
public class MetricsServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private Meters meters;

    @Inject
    private StoredGauges storedGauges;

    @Inject
    private DeploymentConfig deployment;

    @Override
    public void init() {
        storedGauges.registerWith(meters);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        MetricsAccess.Verdict verdict = MetricsAccess.decide(deployment.metricsAnonymous(), deployment.metricsKey(),
                request.getHeader("Authorization"), request.getUserPrincipal() != null, request.isUserInRole(Role.ADMINISTRATOR));
        response.setHeader("Cache-Control", "no-store");
        if (verdict != MetricsAccess.Verdict.ALLOWED) {
            response.setStatus(verdict == MetricsAccess.Verdict.FORBIDDEN ? 403 : 401);
            response.setHeader("WWW-Authenticate", "Bearer realm=\"Twofold metrics\"");
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().println(verdict == MetricsAccess.Verdict.FORBIDDEN
                    ? "This key's owner is not an administrator."
                    : "Send the metrics key (Authorization: Bearer KEY) or an administrator's API key.");
            return;
        }
        response.setContentType("text/plain;version=0.0.4;charset=UTF-8");
        response.getWriter().write(meters.scrape());
    }
}
