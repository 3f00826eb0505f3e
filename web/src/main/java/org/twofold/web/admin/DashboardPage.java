package org.twofold.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.twofold.service.admin.DashboardFacts;
import org.twofold.service.admin.DashboardService;
import org.twofold.service.oidc.AppSignInCounts;
import org.twofold.web.i18n.Messages;

/** The dashboard: a chart of sign-ins per hour, adoption per role, and warnings. */
@Named
@RequestScoped
public class DashboardPage {

    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:00").withZone(ZoneId.systemDefault());

    @Inject
    private DashboardService dashboard;

    @Inject
    private AppSignInCounts appSignIns;

    private DashboardFacts facts;
    private List<AppSignInCounts.AppSignIns> applications;

    @PostConstruct
    void load() {
        Instant now = Instant.now();
        facts = dashboard.facts(now);
        applications = appSignIns.lastDay(now);
    }

    /** Sign-ins per application that signs in through Twofold, last 24 hours. */
    public List<AppSignInCounts.AppSignIns> getApplications() {
        return applications;
    }

    public DashboardFacts getFacts() {
        return facts;
    }

    /** The warnings as sentences for the page. */
    public List<String> getWarnings() {
        return facts.warnings().stream()
                .map(key -> Messages.text(key, String.join(", ", facts.adminsWithoutFactor())))
                .toList();
    }

    /** A Chart.js bar chart configuration, as PrimeFaces' chart component takes it. */
    public String getSignInChart() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        facts.hours().forEach(h -> labels.add(HOUR.format(h)));
        JsonArrayBuilder datasets = Json.createArrayBuilder()
                .add(dataset("dashboard.series.succeeded", facts.succeeded(), "#2e7d32"))
                .add(dataset("dashboard.series.wrongCodes", facts.wrongCodes(), "#f9a825"))
                .add(dataset("dashboard.series.lockouts", facts.lockouts(), "#c62828"));
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", Json.createObjectBuilder()
                        .add("animation", false)
                        .add("scales", Json.createObjectBuilder()
                                .add("x", Json.createObjectBuilder().add("stacked", true))
                                .add("y", Json.createObjectBuilder().add("stacked", true).add("beginAtZero", true)
                                        .add("ticks", Json.createObjectBuilder().add("precision", 0)))))
                .build().toString();
    }

    private static JsonObjectBuilder dataset(String labelKey, List<Long> values, String colour) {
        JsonArrayBuilder data = Json.createArrayBuilder();
        values.forEach(data::add);
        return Json.createObjectBuilder().add("label", Messages.text(labelKey)).add("data", data)
                .add("backgroundColor", colour);
    }
}
