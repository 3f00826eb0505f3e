package org.twofold.cli;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code twofold audit}: the audit log with the console's filters, newest first, or all of it as CSV. */
@Command(name = "audit", description = "Audit events, newest first, with the console's filters.")
final class AuditCommand implements Callable<Integer> {

    @ParentCommand
    private Twofold root;

    @Option(names = "--user", description = "events about this user or caused by them")
    private String user;

    @Option(names = "--type", description = "one kind of event, e.g. SIGN_IN_SUCCEEDED")
    private String type;

    @Option(names = "--from", description = "from this day (2026-12-03) or instant")
    private String from;

    @Option(names = "--to", description = "up to this day (included) or instant")
    private String to;

    @Mixin
    private Paging paging;

    @Option(names = "--csv", description = "every matching event as CSV, however many")
    private boolean csv;

    @Override
    public Integer call() throws Exception {
        String filters = param("user", user) + param("type", type) + param("from", from) + param("to", to);
        if (csv) {
            root.out().print(root.api().getText("audit/csv?" + filters, "text/csv"));
            root.out().flush();
            return 0;
        }
        JsonElement answer = root.api().get("audit?" + paging.query() + "&" + filters);
        Table table = new Table("TIME", "EVENT", "USER", "ADMIN", "IP", "DETAIL");
        for (JsonElement item : answer.getAsJsonObject().getAsJsonArray("events")) {
            JsonObject e = item.getAsJsonObject();
            table.row(Json.text(e.get("time")), Json.text(e.get("type")), Json.text(e, "user", ""),
                    Json.text(e, "admin", ""), Json.text(e, "ip", ""), Json.text(e, "detail", ""));
        }
        root.print(answer, table);
        return 0;
    }

    private static String param(String name, String value) {
        return value == null ? "" : name + "=" + ApiClient.segment(value) + "&";
    }
}
