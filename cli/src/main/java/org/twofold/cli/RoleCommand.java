package org.twofold.cli;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code twofold role list|show|create|rename|delete} and {@code twofold role two-factor ROLE on|off}. */
@Command(name = "role", description = "List, show, create, rename and delete roles; flag one as needing a second factor.",
        subcommands = {RoleCommand.ListRoles.class, RoleCommand.Show.class, RoleCommand.Create.class, RoleCommand.Rename.class,
            RoleCommand.Delete.class, RoleCommand.TwoFactor.class})
final class RoleCommand implements Callable<Integer> {

    @ParentCommand
    Twofold root;

    @Override
    public Integer call() throws UsageException {
        throw new UsageException("role needs list, show, create, rename, delete or two-factor");
    }

    @Command(name = "list", description = "Every role, its two-factor flag and how many hold it.")
    static final class ListRoles implements Callable<Integer> {

        @ParentCommand
        private RoleCommand role;

        @Override
        public Integer call() throws Exception {
            JsonElement answer = role.root.api().get("roles");
            Table table = new Table("ROLE", "TWO-FACTOR", "BUILT-IN", "MEMBERS");
            for (JsonElement item : answer.getAsJsonArray()) {
                JsonObject r = item.getAsJsonObject();
                table.row(r.get("name").getAsString(), onOff(r.get("requiresTwoFactor").getAsBoolean()),
                        r.get("builtIn").getAsBoolean() ? "yes" : "no", r.get("members").getAsLong());
            }
            role.root.print(answer, table);
            return 0;
        }
    }

    @Command(name = "show", description = "One role: its two-factor flag, whether it is built in, how many hold it."
            + " Example: twofold role show Finance")
    static final class Show implements Callable<Integer> {

        @ParentCommand
        private RoleCommand role;

        @Parameters(index = "0", paramLabel = "ROLE")
        private String name;

        @Override
        public Integer call() throws Exception {
            JsonElement answer = role.root.api().get("roles/" + ApiClient.segment(name));
            JsonObject r = answer.getAsJsonObject();
            Table table = new Table("FIELD", "VALUE");
            table.row("role", r.get("name").getAsString());
            table.row("two-factor", onOff(r.get("requiresTwoFactor").getAsBoolean()));
            table.row("built-in", r.get("builtIn").getAsBoolean() ? "yes" : "no");
            table.row("members", r.get("members").getAsLong());
            role.root.print(answer, table);
            return 0;
        }
    }

    @Command(name = "create", description = "A new role, with --two-factor if its members need a second factor.")
    static final class Create implements Callable<Integer> {

        @ParentCommand
        private RoleCommand role;

        @Parameters(index = "0", paramLabel = "ROLE")
        private String name;

        @Option(names = "--two-factor", description = "its members need a second factor")
        private boolean twoFactor;

        @Override
        public Integer call() throws Exception {
            JsonObject body = new JsonObject();
            body.addProperty("name", name);
            body.addProperty("requiresTwoFactor", twoFactor);
            JsonElement answer = role.root.api().post("roles", body);
            role.root.say(answer, "Role " + name + " is created.");
            return 0;
        }
    }

    @Command(name = "rename", description = "A new name for a role (built-in roles keep theirs).")
    static final class Rename implements Callable<Integer> {

        @ParentCommand
        private RoleCommand role;

        @Parameters(index = "0", paramLabel = "ROLE")
        private String name;

        @Parameters(index = "1", paramLabel = "NEW-NAME")
        private String newName;

        @Override
        public Integer call() throws Exception {
            JsonObject body = new JsonObject();
            body.addProperty("name", newName);
            JsonElement answer = role.root.api().put("roles/" + ApiClient.segment(name) + "/name", body);
            role.root.say(answer, "Role " + name + " is now " + newName + ".");
            return 0;
        }
    }

    @Command(name = "delete", description = "Delete a role; its members stop holding it.")
    static final class Delete implements Callable<Integer> {

        @ParentCommand
        private RoleCommand role;

        @Parameters(index = "0", paramLabel = "ROLE")
        private String name;

        @Override
        public Integer call() throws Exception {
            JsonElement answer = role.root.api().delete("roles/" + ApiClient.segment(name));
            role.root.say(answer, "Role " + name + " is deleted.");
            return 0;
        }
    }

    @Command(name = "two-factor", description = "Whether the role's members need a second factor.")
    static final class TwoFactor implements Callable<Integer> {

        @ParentCommand
        private RoleCommand role;

        @Parameters(index = "0", paramLabel = "ROLE")
        private String name;

        @Parameters(index = "1", paramLabel = "on|off")
        private String value;

        @Override
        public Integer call() throws Exception {
            boolean on = Flags.bool(value);
            JsonObject body = new JsonObject();
            body.addProperty("required", on);
            JsonElement answer = role.root.api().put("roles/" + ApiClient.segment(name) + "/two-factor", body);
            role.root.say(answer, "Role " + name + ": second factor " + onOff(on) + ".");
            return 0;
        }
    }

    private static String onOff(boolean on) {
        return on ? "on" : "off";
    }
}
