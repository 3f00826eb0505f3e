package org.twofold.web.api;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.twofold.domain.delivery.DeliveryStatus;
import org.twofold.service.RefusedException;
import org.twofold.service.delivery.DeliveryQueue;
import org.twofold.service.delivery.QueueLine;

/**
 * The delivery queue as the console shows it: messages by status with their last error, one
 * failed message sent again, or all of them. A message's text never leaves the server: it
 * may hold a code.
 */
@Path("delivery")
@Produces(MediaType.APPLICATION_JSON)
public class DeliveryResource {

    public static final int MAX_PAGE = 200;

    /** One message, without its subject or text. */
    public record Message(long id, Instant created, String channel, String recipient, String purpose, String status,
                          int attempts, String lastError, Instant nextAttemptAt, Instant sentAt) {
        static Message of(QueueLine m) {
            return new Message(m.id(), m.createdAt(), m.channel().name(), m.recipient(), m.purpose().name(),
                    m.status().name(), m.attempts(), m.lastError(), m.nextAttemptAt(), m.sentAt());
        }
    }

    /** A page of messages, newest first, and how many have the status in all. */
    public record Page(long total, int first, List<Message> messages) {
    }

    /** What {@code retry-failed} did. */
    public record Retried(int retried) {
    }

    @Inject
    private DeliveryQueue queue;

    @Context
    private SecurityContext security;

    @Context
    private HttpServletRequest request;

    @GET
    public Page list(@QueryParam("status") String status, @QueryParam("first") @DefaultValue("0") int first,
                     @QueryParam("max") @DefaultValue("50") int max) throws RefusedException {
        if (first < 0 || max < 1 || max > MAX_PAGE) {
            throw new RefusedException("api.delivery.page");
        }
        DeliveryStatus wanted = status(status);
        return new Page(queue.count(wanted), first, queue.list(wanted, first, max).stream().map(Message::of).toList());
    }

    @GET
    @Path("{id}")
    public Message one(@PathParam("id") long id) throws RefusedException {
        return queue.find(id).map(Message::of).orElseThrow(() -> new RefusedException("queue.gone"));
    }

    @POST
    @Path("{id}/retry")
    public Message retry(@PathParam("id") long id) throws RefusedException {
        queue.retry(id, ApiActor.of(security, request));
        return one(id);
    }

    @POST
    @Path("retry-failed")
    public Retried retryFailed() {
        return new Retried(queue.retryAllFailed(ApiActor.of(security, request)));
    }

    private static DeliveryStatus status(String status) throws RefusedException {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return DeliveryStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new RefusedException("api.delivery.status");
        }
    }
}
