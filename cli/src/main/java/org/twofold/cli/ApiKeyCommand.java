package org.twofold.cli;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code twofold apikey create|list|revoke}, for the key's own owner or, with --user, anyone. */
@Command(name = "apikey", description = "Make, list and revoke API keys.",
        subcommands = {ApiKeyCommand.Create.class, ApiKeyCommand.ListKeys.class, ApiKeyCommand.Revoke.class})
final class ApiKeyCommand implements Callable<Integer> {

    @ParentCommand
    Twofold root;

    @Option(names = "--user", scope = picocli.CommandLine.ScopeType.INHERIT,
            description = "whose keys (default: the owner of the key this command uses)")
    String user;

    @Override
    public Integer call() throws UsageException {
        throw new UsageException("apikey needs create, list or revoke");
    }

    /** {@code users/NAME/api-keys}, NAME being --user or the caller. */
    String keysPath() throws Exception {
        String owner = user != null ? user : root.api().get("me").getAsJsonObject().get("username").getAsString();
        return "users/" + ApiClient.segment(owner) + "/api-keys";
    }

    @Command(name = "create", description = "A new key; its secret is printed once.")
    static final class Create implements Callable<Integer> {

        @ParentCommand
        private ApiKeyCommand keys;

        @Option(names = "--label", description = "what the key is for, e.g. backup script")
        private String label;

        @Override
        public Integer call() throws Exception {
            String path = keys.keysPath() + (label == null ? "" : "?label=" + ApiClient.segment(label));
            JsonElement answer = keys.root.api().post(path);
            keys.root.say(answer, answer.getAsJsonObject().get("token").getAsString());
            return 0;
        }
    }

    @Command(name = "list", description = "The keys, with when each was made and last used.")
    static final class ListKeys implements Callable<Integer> {

        @ParentCommand
        private ApiKeyCommand keys;

        @Override
        public Integer call() throws Exception {
            JsonElement answer = keys.root.api().get(keys.keysPath());
            Table table = new Table("KEY", "LABEL", "CREATED", "LAST USED", "EXPIRES");
            for (JsonElement item : answer.getAsJsonArray()) {
                JsonObject k = item.getAsJsonObject();
                table.row(k.get("keyId").getAsString(), k.get("label").getAsString(), Json.text(k.get("createdAt")),
                        Json.text(k, "lastUsedAt", "never"), Json.text(k, "expiresAt", "never"));
            }
            keys.root.print(answer, table);
            return 0;
        }
    }

    @Command(name = "revoke", description = "Requests with the key are refused from now on.")
    static final class Revoke implements Callable<Integer> {

        @ParentCommand
        private ApiKeyCommand keys;

        @Parameters(index = "0", paramLabel = "KEYID")
        private String keyId;

        @Override
        public Integer call() throws Exception {
            JsonElement answer = keys.root.api().delete(keys.keysPath() + "/" + ApiClient.segment(keyId));
            keys.root.say(answer, "Key " + keyId + " is revoked.");
            return 0;
        }
    }
}
