package org.twofold.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.twofold.domain.audit.AuditEventType;
import org.twofold.service.RefusedException;
import org.twofold.service.audit.AuditExport;
import org.twofold.service.audit.AuditLine;
import org.twofold.service.audit.AuditLog;
import org.twofold.service.audit.AuditQuery;

/**
 * The audit log with the console's filters (user, event, from, to): a page as JSON, or every
 * matching event as CSV, streamed.
 */
@Path("audit")
public class AuditResource {

    /** The console's filters, from the query string. {@code from} and {@code to} are days or instants. */
    public static class Filters {
        @QueryParam("user")
        String user;
        @QueryParam("type")
        String type;
        @QueryParam("from")
        String from;
        @QueryParam("to")
        String to;

        AuditQuery query() throws RefusedException {
            AuditEventType eventType;
            try {
                eventType = type == null || type.isBlank() ? null : AuditEventType.valueOf(type.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new RefusedException("api.audit.type");
            }
            Instant start = instant(from, false);
            Instant end = instant(to, true);
            if (start != null && end != null && start.isAfter(end)) {
                throw new RefusedException("audit.range");
            }
            return new AuditQuery(user == null || user.isBlank() ? null : user.strip(), eventType, start, end);
        }

        /** A day (in the server's zone, as in the console; {@code to} includes it) or an ISO-8601 instant. */
        private static Instant instant(String value, boolean endOfDay) throws RefusedException {
            if (value == null || value.isBlank()) {
                return null;
            }
            try {
                if (value.strip().length() == 10) {
                    LocalDate day = LocalDate.parse(value.strip());
                    return (endOfDay ? day.plusDays(1) : day).atStartOfDay(ZoneId.systemDefault()).toInstant();
                }
                return Instant.parse(value.strip());
            } catch (DateTimeException e) {
                throw new RefusedException("api.audit.date");
            }
        }
    }

    /** One event as the API shows it. */
    public record Entry(long id, Instant time, String type, String user, String admin, String ip, String detail) {
        static Entry of(AuditLine e) {
            return new Entry(e.id(), e.occurredAt(), e.type().name(), e.username(), e.actor(), e.clientIp(), e.detail());
        }
    }

    /** A page of events, newest first, and how many match in all. */
    public record Page(long total, int first, List<Entry> events) {
    }

    public static final int MAX_PAGE = 500;

    @Inject
    private AuditLog audit;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Page search(@BeanParam Filters filters, @QueryParam("first") @DefaultValue("0") int first,
                       @QueryParam("max") @DefaultValue("50") int max) throws RefusedException {
        if (first < 0 || max < 1 || max > MAX_PAGE) {
            throw new RefusedException("api.audit.page");
        }
        AuditQuery query = filters.query();
        return new Page(audit.count(query), first, audit.search(query, first, max).stream().map(Entry::of).toList());
    }

    @GET
    @Path("csv")
    @Produces("text/csv")
    public Response csv(@BeanParam Filters filters) throws RefusedException {
        AuditQuery query = filters.query();
        StreamingOutput body = stream -> {
            Writer out = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
            AuditExport.writeCsv(audit, query, out, Instant::toString);
            out.flush();
        };
        return Response.ok(body, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"twofold-audit.csv\"").build();
    }
}
