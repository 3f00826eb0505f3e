package org.twofold.cli;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code twofold user factors USERNAME} and {@code twofold user remove-factor USERNAME app ID|passkey ID|email|sms}. */
@Command(name = "factors", description = "The user's second factors: apps, passkeys, email and SMS, recovery codes left.")
final class UserFactorsCommand implements Callable<Integer> {

    @ParentCommand
    private UserCommand user;

    @Parameters(index = "0", paramLabel = "USERNAME")
    private String username;

    @Override
    public Integer call() throws Exception {
        JsonElement answer = user.root.api().get("users/" + ApiClient.segment(username) + "/factors");
        JsonObject factors = answer.getAsJsonObject();
        Table table = new Table("FACTOR", "ID", "TO", "ADDED", "LAST USED");
        for (JsonElement item : factors.getAsJsonArray("apps")) {
            JsonObject app = item.getAsJsonObject();
            table.row("app", Json.text(app.get("id")), "", Json.text(app.get("addedAt")), Json.text(app, "lastUsedAt", "never"));
        }
        if (factors.has("passkeys")) {
            for (JsonElement item : factors.getAsJsonArray("passkeys")) {
                JsonObject passkey = item.getAsJsonObject();
                table.row("passkey", Json.text(passkey.get("id")), Json.text(passkey.get("name")), Json.text(passkey.get("addedAt")),
                        Json.text(passkey, "lastUsedAt", "never"));
            }
        }
        for (JsonElement item : factors.getAsJsonArray("contacts")) {
            JsonObject contact = item.getAsJsonObject();
            table.row(Json.text(contact.get("method")).toLowerCase(Locale.ROOT), "", Json.text(contact.get("maskedDestination")),
                    Json.text(contact.get("addedAt")), Json.text(contact, "lastUsedAt", "never"));
        }
        user.root.print(answer, table);
        if (!user.root.json) {
            user.root.out().println("Second step: " + Json.text(factors.get("secondStep")).toLowerCase(Locale.ROOT)
                    + "; asked for first: " + Json.text(factors.get("method")) + "; recovery codes left: "
                    + Json.text(factors.get("recoveryCodesLeft")) + "; remembered browsers: "
                    + Json.text(factors.get("rememberedBrowsers")));
            user.root.out().flush();
        }
        return 0;
    }

    @Command(name = "remove-factor", description = "Remove one factor: app ID or passkey ID (from user factors), email or sms.")
    static final class Remove implements Callable<Integer> {

        @ParentCommand
        private UserCommand user;

        @Parameters(index = "0", paramLabel = "USERNAME")
        private String username;

        @Parameters(index = "1", paramLabel = "app|passkey|email|sms")
        private String kind;

        @Parameters(index = "2", arity = "0..1", paramLabel = "ID")
        private Long factorId;

        @Override
        public Integer call() throws Exception {
            String which = kind.toLowerCase(Locale.ROOT);
            String path = "users/" + ApiClient.segment(username) + "/factors/";
            if (which.equals("app") || which.equals("passkey")) {
                if (factorId == null) {
                    throw new UsageException("remove-factor USERNAME " + which + " needs the " + which
                            + "'s ID (twofold user factors lists them)");
                }
                path += which + "s/" + factorId;
            } else if (which.equals("email") || which.equals("sms")) {
                path += which;
            } else {
                throw new UsageException("remove-factor takes app ID, passkey ID, email or sms, not '" + kind + "'");
            }
            JsonElement answer = user.root.api().delete(path);
            user.root.say(answer, "The " + which + " factor of " + username + " is removed; they are told by email.");
            return 0;
        }
    }
}
