package org.twofold.cli;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code twofold user list|show|add|set|delete|enable|disable|unlock|reset-2fa|end-sessions|factors|remove-factor}. */
@Command(name = "user", description = "List, show, add, change and delete users; enable, disable or unlock one, reset or"
        + " remove their second factors, end their sessions.",
        subcommands = {UserCommand.ListUsers.class, UserShow.class, UserAdd.class, UserSet.class, UserDelete.class,
            UserCommand.Enable.class,
            UserCommand.Disable.class,
            UserCommand.Unlock.class, UserCommand.Reset.class, UserCommand.EndSessions.class, UserFactorsCommand.class,
            UserFactorsCommand.Remove.class})
final class UserCommand implements Callable<Integer> {

    @ParentCommand
    Twofold root;

    @Override
    public Integer call() throws UsageException {
        throw new UsageException("user needs list, show, add, set, delete, enable, disable, unlock, reset-2fa, end-sessions,"
                + " factors or remove-factor");
    }

    @Command(name = "list", description = "Users by username; --search matches username, name or email.")
    static final class ListUsers implements Callable<Integer> {

        @ParentCommand
        private UserCommand user;

        @Option(names = "--search", description = "part of a username, name or email")
        private String search;

        @Mixin
        private Paging paging;

        @Override
        public Integer call() throws Exception {
            String query = "users?" + paging.query() + (search == null ? "" : "&search=" + ApiClient.segment(search));
            JsonElement answer = user.root.api().get(query);
            JsonObject page = answer.getAsJsonObject();
            Table table = new Table("USERNAME", "NAME", "TYPE", "SOURCE", "ENABLED", "LOCKED", "APP", "ROLES");
            for (JsonElement item : page.getAsJsonArray("users")) {
                JsonObject u = item.getAsJsonObject();
                table.row(u.get("username").getAsString(), u.get("displayName").getAsString(), u.get("type").getAsString(),
                        u.get("fromDirectory").getAsBoolean() ? "Directory" : "Local", yesNo(u, "enabled"), yesNo(u, "locked"),
                        yesNo(u, "appEnrolled"), Json.text(u.get("roles")));
            }
            user.root.print(answer, table);
            if (!user.root.json && page.get("total").getAsLong() > paging.first + page.getAsJsonArray("users").size()) {
                user.root.out().println("(" + page.get("total").getAsLong() + " in all: --first and --max page through)");
                user.root.out().flush();
            }
            return 0;
        }

        private static String yesNo(JsonObject row, String field) {
            return row.get(field).getAsBoolean() ? "yes" : "no";
        }
    }

    /** The actions on one user share their shape: POST, then a line. */
    abstract static class Action implements Callable<Integer> {

        @ParentCommand
        private UserCommand user;

        @Parameters(index = "0", paramLabel = "USERNAME")
        private String username;

        abstract String path();

        abstract String done();

        @Override
        public Integer call() throws Exception {
            JsonElement answer = user.root.api().post("users/" + ApiClient.segment(username) + "/" + path());
            user.root.say(answer, String.format(done(), username));
            return 0;
        }
    }

    @Command(name = "enable", description = "The user may sign in again.")
    static final class Enable extends Action {
        String path() {
            return "enable";
        }

        String done() {
            return "%s is enabled.";
        }
    }

    @Command(name = "disable", description = "The user can no longer sign in (the last administrator stays).")
    static final class Disable extends Action {
        String path() {
            return "disable";
        }

        String done() {
            return "%s is disabled.";
        }
    }

    @Command(name = "unlock", description = "Clear the user's failed sign-ins and lock.")
    static final class Unlock extends Action {
        String path() {
            return "unlock";
        }

        String done() {
            return "%s is unlocked.";
        }
    }

    @Command(name = "reset-2fa", description = "Remove the user's second factors; the next sign-in sets one up.")
    static final class Reset extends Action {
        String path() {
            return "reset-second-factors";
        }

        String done() {
            return "The second factors of %s are reset: the next sign-in sets one up.";
        }
    }

    @Command(name = "end-sessions", description = "Sign the user out everywhere; remembered browsers ask for a code again.")
    static final class EndSessions extends Action {
        String path() {
            return "end-sessions";
        }

        String done() {
            return "Every session of %s has ended.";
        }
    }
}
