package org.twofold.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code twofold client add|list|show|update|remove|new-secret}: the applications that sign
 * people in through Twofold (OpenID Connect clients and sites behind forward authentication).
 */
@Command(name = "client", description = "Register the applications that sign people in through Twofold (OpenID Connect,"
        + " forward authentication); list, show, change and remove them; give one a new secret.",
        subcommands = {ClientCommand.Add.class, ClientCommand.ListClients.class, ClientCommand.Show.class,
            ClientCommand.Update.class, ClientCommand.Remove.class, ClientCommand.NewSecret.class})
final class ClientCommand implements Callable<Integer> {

    @ParentCommand
    Twofold root;

    @Override
    public Integer call() throws UsageException {
        throw new UsageException("client needs add, list, show, update, remove or new-secret");
    }

    /** What add and update take; a flag not given leaves the value as it is (or its default, for add). */
    static final class Fields {

        @Option(names = "--name", paramLabel = "NAME", description = "the name people see (default: the client id)")
        String name;

        @Option(names = "--redirect-uri", paramLabel = "URI", description = "where codes go back to, exactly; repeat for several")
        List<String> redirectUris;

        @Option(names = "--post-logout-uri", paramLabel = "URI", description = "where signing out may return to; repeat for several")
        List<String> postLogoutUris;

        @Option(names = "--backchannel-logout-uri", paramLabel = "URI",
                description = "where Twofold tells the application that a person signed out (empty: nowhere)")
        String backchannelLogoutUri;

        @Option(names = "--require-second-factor", paramLabel = "on|off",
                description = "everyone who signs in to it uses a second factor")
        String requireSecondFactor;

        @Option(names = "--role", paramLabel = "ROLE", description = "only holders of these roles get in; repeat for several")
        List<String> roles;

        @Option(names = "--all-roles", description = "everyone gets in (clears --role)")
        boolean allRoles;

        @Option(names = "--enabled", paramLabel = "on|off", description = "whether it signs anyone in")
        String enabled;

        JsonObject body() throws UsageException {
            JsonObject body = new JsonObject();
            if (name != null) {
                body.addProperty("name", name);
            }
            list(body, "redirectUris", redirectUris);
            list(body, "postLogoutRedirectUris", postLogoutUris);
            if (backchannelLogoutUri != null) {
                body.addProperty("backchannelLogoutUri", backchannelLogoutUri);
            }
            if (requireSecondFactor != null) {
                body.addProperty("requireSecondFactor", Flags.bool(requireSecondFactor));
            }
            if (allRoles && roles != null) {
                throw new UsageException("give --role or --all-roles, not both");
            }
            list(body, "allowedRoles", allRoles ? List.of() : roles);
            if (enabled != null) {
                body.addProperty("enabled", Flags.bool(enabled));
            }
            return body;
        }

        private static void list(JsonObject body, String name, List<String> values) {
            if (values != null) {
                JsonArray array = new JsonArray();
                values.forEach(array::add);
                body.add(name, array);
            }
        }
    }

    @Command(name = "add", description = "Register an application; a confidential one's secret is printed once.")
    static final class Add implements Callable<Integer> {

        @ParentCommand
        private ClientCommand client;

        @Parameters(index = "0", paramLabel = "CLIENT-ID")
        private String clientId;

        @Option(names = "--public", description = "a public application (a single-page or desktop app): no secret, PKCE only")
        private boolean publicClient;

        @picocli.CommandLine.Mixin
        private Fields fields;

        @Override
        public Integer call() throws Exception {
            JsonObject body = fields.body();
            body.addProperty("clientId", clientId);
            body.addProperty("public", publicClient);
            JsonElement answer = client.root.api().post("clients", body);
            JsonElement secret = answer.getAsJsonObject().get("clientSecret");
            client.root.say(answer, "Application " + clientId + " is registered."
                    + (secret == null || secret.isJsonNull() ? " It is public: it has no secret."
                    : "\nClient secret (shown this once; keep it in the application's configuration):\n" + secret.getAsString()));
            return 0;
        }
    }

    @Command(name = "list", description = "Every registered application.")
    static final class ListClients implements Callable<Integer> {

        @ParentCommand
        private ClientCommand client;

        @Override
        public Integer call() throws Exception {
            JsonElement answer = client.root.api().get("clients");
            Table table = new Table("CLIENT-ID", "NAME", "KIND", "SECOND FACTOR", "ROLES", "ENABLED");
            for (JsonElement item : answer.getAsJsonArray()) {
                JsonObject c = item.getAsJsonObject();
                table.row(c.get("clientId").getAsString(), c.get("name").getAsString(),
                        c.get("public").getAsBoolean() ? "public" : "confidential",
                        c.get("requireSecondFactor").getAsBoolean() ? "required" : "by role",
                        roles(c), c.get("enabled").getAsBoolean() ? "yes" : "no");
            }
            client.root.print(answer, table);
            return 0;
        }
    }

    @Command(name = "show", description = "One application, with its addresses.")
    static final class Show implements Callable<Integer> {

        @ParentCommand
        private ClientCommand client;

        @Parameters(index = "0", paramLabel = "CLIENT-ID")
        private String clientId;

        @Override
        public Integer call() throws Exception {
            JsonElement answer = client.root.api().get("clients/" + ApiClient.segment(clientId));
            JsonObject c = answer.getAsJsonObject();
            Table table = new Table("FIELD", "VALUE");
            table.row("client id", c.get("clientId").getAsString());
            table.row("name", c.get("name").getAsString());
            table.row("kind", c.get("public").getAsBoolean() ? "public (PKCE, no secret)" : "confidential (secret)");
            table.row("second factor", c.get("requireSecondFactor").getAsBoolean() ? "required" : "as the roles say");
            table.row("roles", roles(c));
            table.row("enabled", c.get("enabled").getAsBoolean() ? "yes" : "no");
            c.get("redirectUris").getAsJsonArray().forEach(uri -> table.row("redirect uri", uri.getAsString()));
            c.get("postLogoutRedirectUris").getAsJsonArray().forEach(uri -> table.row("post-logout uri", uri.getAsString()));
            if (c.has("backchannelLogoutUri") && !c.get("backchannelLogoutUri").isJsonNull()) {
                table.row("back-channel logout uri", c.get("backchannelLogoutUri").getAsString());
            }
            client.root.print(answer, table);
            return 0;
        }
    }

    @Command(name = "update", description = "Change what the flags give; the rest stays.")
    static final class Update implements Callable<Integer> {

        @ParentCommand
        private ClientCommand client;

        @Parameters(index = "0", paramLabel = "CLIENT-ID")
        private String clientId;

        @picocli.CommandLine.Mixin
        private Fields fields;

        @Override
        public Integer call() throws Exception {
            JsonElement answer = client.root.api().patch("clients/" + ApiClient.segment(clientId), fields.body());
            client.root.say(answer, "Application " + clientId + " is changed.");
            return 0;
        }
    }

    @Command(name = "remove", description = "Remove an application: it signs no one in any more.")
    static final class Remove implements Callable<Integer> {

        @ParentCommand
        private ClientCommand client;

        @Parameters(index = "0", paramLabel = "CLIENT-ID")
        private String clientId;

        @Override
        public Integer call() throws Exception {
            JsonElement answer = client.root.api().delete("clients/" + ApiClient.segment(clientId));
            client.root.say(answer, "Application " + clientId + " is removed.");
            return 0;
        }
    }

    @Command(name = "new-secret", description = "A new secret for a confidential application, printed once; the old one stops working.")
    static final class NewSecret implements Callable<Integer> {

        @ParentCommand
        private ClientCommand client;

        @Parameters(index = "0", paramLabel = "CLIENT-ID")
        private String clientId;

        @Override
        public Integer call() throws Exception {
            JsonElement answer = client.root.api().post("clients/" + ApiClient.segment(clientId) + "/secret");
            client.root.say(answer, "New client secret for " + clientId + " (shown this once):\n"
                    + answer.getAsJsonObject().get("clientSecret").getAsString());
            return 0;
        }
    }

    private static String roles(JsonObject c) {
        JsonArray roles = c.get("allowedRoles").getAsJsonArray();
        if (roles.isEmpty()) {
            return "everyone";
        }
        StringBuilder text = new StringBuilder();
        roles.forEach(role -> text.append(text.length() == 0 ? "" : ", ").append(role.getAsString()));
        return text.toString();
    }
}
