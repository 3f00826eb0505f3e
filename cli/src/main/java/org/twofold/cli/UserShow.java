package org.twofold.cli;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code twofold user show USERNAME}: one user, as the console's user list shows them. */
@Command(name = "show", description = "One user: name, type, where they come from (Local or Directory), whether enabled"
        + " or locked, their app, second factor asked for first, and roles. Example: twofold user show jane")
final class UserShow implements Callable<Integer> {

    @ParentCommand
    private UserCommand user;

    @Parameters(index = "0", paramLabel = "USERNAME")
    private String username;

    @Override
    public Integer call() throws Exception {
        JsonElement answer = user.root.api().get("users/" + ApiClient.segment(username));
        JsonObject u = answer.getAsJsonObject();
        Table table = new Table("FIELD", "VALUE");
        table.row("username", u.get("username").getAsString());
        table.row("name", u.get("displayName").getAsString());
        table.row("type", u.get("type").getAsString());
        table.row("source", u.get("fromDirectory").getAsBoolean() ? "Directory" : "Local");
        table.row("enabled", yesNo(u, "enabled"));
        table.row("locked", yesNo(u, "locked"));
        table.row("app", yesNo(u, "appEnrolled"));
        table.row("method", Json.text(u, "method", "-"));
        table.row("roles", Json.text(u.get("roles")));
        user.root.print(answer, table);
        return 0;
    }

    private static String yesNo(JsonObject row, String field) {
        return row.get(field).getAsBoolean() ? "yes" : "no";
    }
}
