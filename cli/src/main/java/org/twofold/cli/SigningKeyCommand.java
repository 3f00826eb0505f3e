package org.twofold.cli;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code twofold signing-key list|rotate}: the keys that sign the ID tokens Twofold gives applications. */
@Command(name = "signing-key", description = "List the keys that sign ID tokens, or rotate them: a new key signs from now on,"
        + " the old one verifies until its tokens expire.",
        subcommands = {SigningKeyCommand.ListKeys.class, SigningKeyCommand.Rotate.class})
final class SigningKeyCommand implements Callable<Integer> {

    @ParentCommand
    Twofold root;

    @Override
    public Integer call() throws UsageException {
        throw new UsageException("signing-key needs list or rotate");
    }

    @Command(name = "list", description = "The published keys, newest (the one signing) first.")
    static final class ListKeys implements Callable<Integer> {

        @ParentCommand
        private SigningKeyCommand keys;

        @Override
        public Integer call() throws Exception {
            JsonElement answer = keys.root.api().get("signing-keys");
            keys.root.print(answer, table(answer));
            return 0;
        }
    }

    @Command(name = "rotate", description = "A new signing key; the old one stays published until its tokens have expired.")
    static final class Rotate implements Callable<Integer> {

        @ParentCommand
        private SigningKeyCommand keys;

        @Override
        public Integer call() throws Exception {
            JsonElement answer = keys.root.api().post("signing-keys/rotate");
            keys.root.say(answer, "A new key signs from now on: "
                    + answer.getAsJsonArray().get(0).getAsJsonObject().get("keyId").getAsString());
            return 0;
        }
    }

    private static Table table(JsonElement answer) {
        Table table = new Table("KEY ID", "CREATED", "STATE");
        for (JsonElement item : answer.getAsJsonArray()) {
            JsonObject key = item.getAsJsonObject();
            table.row(key.get("keyId").getAsString(), key.get("createdAt").getAsString(),
                    key.has("retiredAt") && !key.get("retiredAt").isJsonNull() ? "retired " + key.get("retiredAt").getAsString() : "signing");
        }
        return table;
    }
}
