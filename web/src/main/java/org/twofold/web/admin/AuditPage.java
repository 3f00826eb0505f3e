package org.twofold.web.admin;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Serializable;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.twofold.domain.audit.AuditEventType;
import org.twofold.service.audit.AuditExport;
import org.twofold.service.audit.AuditLine;
import org.twofold.service.audit.AuditLog;
import org.twofold.service.audit.AuditQuery;
import org.twofold.web.i18n.Messages;

/** The audit log: filter by user, event and dates; export what the filter shows as CSV. */
@Named
@ViewScoped
public class AuditPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AuditLog audit;

    private String user;
    private AuditEventType type;
    private LocalDate from;
    private LocalDate to;
    private final LazyDataModel<AuditLine> events = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return rangeValid() ? (int) audit.count(query()) : 0;
        }

        @Override
        public List<AuditLine> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return rangeValid() ? audit.search(query(), first, pageSize) : List.of();
        }

        @Override
        public String getRowKey(AuditLine line) {
            return String.valueOf(line.id());
        }
    };

    public void filter() {
        if (!rangeValid()) {
            Messages.error("audit.range");
        }
    }

    /** Streams every matching event, page by page, so a long log never sits in memory at once. */
    public void exportCsv() throws IOException {
        if (!rangeValid()) {
            Messages.error("audit.range");
            return;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        external.responseReset();
        external.setResponseContentType("text/csv; charset=UTF-8");
        external.setResponseHeader("Content-Disposition", "attachment; filename=\"twofold-audit.csv\"");
        external.setResponseHeader("Cache-Control", "no-store");
        AuditQuery query = query();
        try (Writer out = new OutputStreamWriter(external.getResponseOutputStream(), StandardCharsets.UTF_8)) {
            AuditExport.writeCsv(audit, query, out, Instant::toString); // UTC, as the API's export
        }
        faces.responseComplete();
    }

    private boolean rangeValid() {
        return from == null || to == null || !from.isAfter(to);
    }

    private AuditQuery query() {
        ZoneId zone = ZoneId.systemDefault();
        Instant start = from == null ? null : from.atStartOfDay(zone).toInstant();
        Instant end = to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant();
        return new AuditQuery(user, type, start, end);
    }

    public LazyDataModel<AuditLine> getEvents() {
        return events;
    }

    public AuditEventType[] getTypes() {
        return AuditEventType.values();
    }

    public String getUser() {
        return user;
    }

    public void setUser(String user) {
        this.user = user;
    }

    public AuditEventType getType() {
        return type;
    }

    public void setType(AuditEventType type) {
        this.type = type;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
