package org.twofold.web.health;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.twofold.service.delivery.ChannelBacklog;
import org.twofold.service.delivery.DeliveryQueue;

/**
 * Whether email and SMS keep up, apart from readiness: a failing SMTP server or SMS gateway
 * makes this DEGRADED (HTTP 200 still), while people with an authenticator app sign in as
 * before, so a load balancer must not take the node out for it. Shaped like MicroProfile
 * Health's answer, so the same monitor reads both. Counts only, nothing about anyone.
 */
@WebServlet(DeliveryHealthServlet.PATH)
public class DeliveryHealthServlet extends HttpServlet {

    public static final String PATH = "/delivery-health";
    private static final long serialVersionUID = 1L;

    @Inject
    private DeliveryQueue queue;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Instant now = Instant.now();
        JsonArrayBuilder checks = Json.createArrayBuilder();
        boolean degraded = false;
        for (ChannelBacklog channel : queue.backlog(now.minus(ChannelBacklog.LATELY))) {
            Optional<String> problem = channel.problem(now);
            degraded |= problem.isPresent();
            JsonObjectBuilder data = Json.createObjectBuilder()
                    .add("waiting", channel.waiting())
                    .add("oldestWaitingSeconds", channel.oldestAge(now).toSeconds())
                    .add("retrying", channel.retrying())
                    .add("failedLately", channel.failedLately());
            problem.ifPresent(words -> data.add("problem", words));
            checks.add(Json.createObjectBuilder()
                    .add("name", channel.channel().name().toLowerCase(Locale.ROOT))
                    .add("status", problem.isPresent() ? "DEGRADED" : "UP")
                    .add("data", data));
        }
        response.setContentType("application/json");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(Json.createObjectBuilder()
                .add("status", degraded ? "DEGRADED" : "UP")
                .add("checks", checks).build().toString());
    }
}
