package org.twofold.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code twofold directory show | set ... | test LOGIN}: the company directory connection. */
@Command(name = "directory", description = "Read, change or test the company directory (LDAP, Active Directory) connection.",
        subcommands = {DirectoryCommand.Show.class, DirectoryCommand.Set.class, DirectoryCommand.Test.class})
final class DirectoryCommand implements Callable<Integer> {

    @ParentCommand
    Twofold root;

    @Override
    public Integer call() throws UsageException {
        throw new UsageException("directory needs show, set or test");
    }

    @Command(name = "show", description = "Print the connection (never the service password).")
    static final class Show implements Callable<Integer> {

        @ParentCommand
        private DirectoryCommand directory;

        @Override
        public Integer call() throws Exception {
            JsonElement answer = directory.root.api().get("directory");
            directory.root.print(answer, table(answer.getAsJsonObject()));
            return 0;
        }
    }

    @Command(name = "set", description = "Change what is given; the server checks it as the console does.")
    static final class Set implements Callable<Integer> {

        @ParentCommand
        private DirectoryCommand directory;

        @Option(names = "--preset", description = "fill attribute names: ad, ad-upn or openldap")
        private String preset;

        @Option(names = "--enabled", arity = "1", description = "true or false: whether directory users can sign in")
        private Boolean enabled;

        @Option(names = "--server", description = "a directory server URL, ldap:// or ldaps:// (repeatable, tried in order)")
        private List<String> urls;

        @Option(names = "--start-tls", arity = "1", description = "true or false")
        private Boolean startTls;

        @Option(names = "--bind-dn", description = "the service account's DN (\"\" for an anonymous search)")
        private String bindDn;

        @Option(names = "--bind-password-file", paramLabel = "FILE", description = "read the service password from the file's first line")
        private Path bindPasswordFile;

        @Option(names = "--no-bind-password", description = "remove the stored service password")
        private boolean noBindPassword;

        @Option(names = "--user-base", description = "the user base DN")
        private String userBaseDn;

        @Option(names = "--login-attribute", description = "e.g. sAMAccountName, userPrincipalName, uid")
        private String loginAttribute;

        @Option(names = "--user-filter", description = "an extra filter user entries must match")
        private String userFilter;

        @Option(names = "--group-lookup", description = "MEMBER_OF, GROUP_SEARCH or NONE")
        private String groupLookup;

        @Option(names = "--group-base", description = "the group base DN, for GROUP_SEARCH")
        private String groupBaseDn;

        // A list, not a map: a group's DN has '=' in it, so the role follows the last one.
        @Option(names = "--map", paramLabel = "GROUP=ROLE", description = "members of GROUP (DN or CN) hold ROLE; "
                + "repeatable; replaces the mapping. Example: --map \"CN=Twofold Admins,OU=Groups,DC=corp,DC=example=Administrator\"")
        private List<String> mapping;

        @Option(names = "--no-mapping", description = "remove every group mapping")
        private boolean noMapping;

        @Override
        public Integer call() throws Exception {
            JsonObject body = new JsonObject();
            if (preset != null) {
                body.addProperty("preset", switch (preset.toLowerCase(Locale.ROOT)) {
                    case "ad" -> "ACTIVE_DIRECTORY_ACCOUNT_NAME";
                    case "ad-upn" -> "ACTIVE_DIRECTORY_PRINCIPAL_NAME";
                    case "openldap" -> "OPENLDAP";
                    default -> throw new UsageException("--preset is ad, ad-upn or openldap");
                });
            }
            if (enabled != null) {
                body.addProperty("enabled", enabled);
            }
            if (urls != null) {
                body.add("urls", Json.array(urls));
            }
            if (startTls != null) {
                body.addProperty("startTls", startTls);
            }
            put(body, "bindDn", bindDn);
            if (bindPasswordFile != null) {
                body.addProperty("bindPassword", PasswordFile.read(bindPasswordFile));
            } else if (noBindPassword) {
                body.addProperty("bindPassword", "");
            }
            put(body, "userBaseDn", userBaseDn);
            put(body, "loginAttribute", loginAttribute);
            put(body, "userFilter", userFilter);
            put(body, "groupLookup", groupLookup == null ? null : groupLookup.toUpperCase(Locale.ROOT));
            put(body, "groupBaseDn", groupBaseDn);
            if (mapping != null || noMapping) {
                JsonArray lines = new JsonArray();
                if (mapping != null) {
                    for (String pair : mapping) {
                        int split = pair.lastIndexOf('=');
                        if (split <= 0 || split == pair.length() - 1) {
                            throw new UsageException("--map needs GROUP=ROLE, not '" + pair + "'");
                        }
                        JsonObject line = new JsonObject();
                        line.addProperty("group", pair.substring(0, split).strip());
                        line.addProperty("role", pair.substring(split + 1).strip());
                        lines.add(line);
                    }
                }
                body.add("groupRoles", lines);
            }
            if (body.size() == 0) {
                throw new UsageException("directory set needs at least one option");
            }
            JsonElement answer = directory.root.api().patch("directory", body);
            directory.root.say(answer, "The directory connection is saved.");
            return 0;
        }

        private static void put(JsonObject body, String name, String value) {
            if (value != null) {
                body.addProperty(name, value);
            }
        }
    }

    @Command(name = "test", description = "Connect with the saved settings and find the named user.")
    static final class Test implements Callable<Integer> {

        @ParentCommand
        private DirectoryCommand directory;

        @Spec
        private CommandSpec spec;

        @Parameters(index = "0", paramLabel = "LOGIN")
        private String login;

        @Override
        public Integer call() throws Exception {
            JsonObject body = new JsonObject();
            body.addProperty("login", login);
            JsonObject answer = directory.root.api().post("directory/test", body).getAsJsonObject();
            Table table = new Table("FIELD", "VALUE");
            answer.entrySet().forEach(entry -> table.row(entry.getKey(), Json.text(entry.getValue())));
            directory.root.print(answer, table);
            String trouble = trouble(answer, login);
            if (trouble == null) {
                return 0;
            }
            spec.commandLine().getErr().println("twofold: " + trouble);
            return 1;
        }
    }

    /** Why this person could not sign in through the directory, in one line; null when they could. */
    static String trouble(JsonObject answer, String login) {
        String outcome = Json.text(answer, "outcome", "");
        if ("UNREACHABLE".equals(outcome)) {
            return Json.text(answer, "problem", "The directory did not answer.");
        }
        if (!"FOUND".equals(outcome)) {
            return "No one in the directory has the login '" + login + "' (or more than one person has it).";
        }
        String refused = Json.text(answer, "refused", "");
        return refused.isEmpty() ? null : "'" + login + "' is in the directory but could not sign in: " + refused;
    }

    static Table table(JsonObject view) {
        Table table = new Table("SETTING", "VALUE");
        JsonObject settings = view.getAsJsonObject("settings");
        for (Map.Entry<String, JsonElement> entry : settings.entrySet()) {
            if (!"groupRoles".equals(entry.getKey())) {
                table.row(entry.getKey(), Json.text(entry.getValue()));
            }
        }
        table.row("bindPasswordStored", Json.text(view.get("bindPasswordStored")));
        JsonArray lines = settings.getAsJsonArray("groupRoles");
        if (lines != null) {
            for (JsonElement line : lines) {
                table.row("group " + Json.text(line.getAsJsonObject(), "group", ""), Json.text(line.getAsJsonObject(), "role", ""));
            }
        }
        return table;
    }
}
