package org.twofold.cli;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code twofold backup [list]}: an online backup of the server's database, or the backups made so far. */
@Command(name = "backup", description = "Back up the server's database now, while people sign in, into a folder on the server"
        + " (TWOFOLD_BACKUP_DIR). The encryption key is not in it: back that up apart. Restoring: docs/operations.md#restore.",
        subcommands = BackupCommand.ListBackups.class)
final class BackupCommand implements Callable<Integer> {

    @ParentCommand
    Twofold root;

    @Override
    public Integer call() throws Exception {
        JsonElement answer = root.api().post("backups");
        JsonObject made = answer.getAsJsonObject();
        root.say(answer, "Backed up to " + made.get("folder").getAsString() + " (release " + made.get("release").getAsString()
                + ", database schema " + made.get("schema").getAsString() + ", encryption key "
                + made.get("encryptionKeyId").getAsString() + ")");
        return 0;
    }

    @Command(name = "list", description = "The backups on the server, newest first.")
    static final class ListBackups implements Callable<Integer> {

        @ParentCommand
        private BackupCommand backup;

        @Override
        public Integer call() throws Exception {
            JsonElement answer = backup.root.api().get("backups");
            Table table = new Table("MADE", "FOLDER", "RELEASE", "SCHEMA", "KEY");
            for (JsonElement item : answer.getAsJsonArray()) {
                JsonObject made = item.getAsJsonObject();
                table.row(made.get("madeAt").getAsString(), made.get("folder").getAsString(), made.get("release").getAsString(),
                        made.get("schema").getAsString(), made.get("encryptionKeyId").getAsString());
            }
            backup.root.print(answer, table);
            return 0;
        }
    }
}
