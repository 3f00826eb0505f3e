package org.twofold.cli;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code twofold delivery list} and {@code twofold delivery retry ID|--all-failed}. */
@Command(name = "delivery", description = "The email and SMS delivery queue.",
        subcommands = {DeliveryCommand.ListMessages.class, DeliveryCommand.Retry.class})
final class DeliveryCommand implements Callable<Integer> {

    @ParentCommand
    Twofold root;

    @Override
    public Integer call() throws UsageException {
        throw new UsageException("delivery needs list or retry");
    }

    @Command(name = "list", description = "Messages, newest first; --status QUEUED, SENDING, SENT or FAILED.")
    static final class ListMessages implements Callable<Integer> {

        @ParentCommand
        private DeliveryCommand delivery;

        @Option(names = "--status", description = "only messages with this status")
        private String status;

        @Mixin
        private Paging paging;

        @Override
        public Integer call() throws Exception {
            JsonElement answer = delivery.root.api().get("delivery?" + paging.query()
                    + (status == null ? "" : "&status=" + ApiClient.segment(status)));
            Table table = new Table("ID", "CREATED", "CHANNEL", "TO", "PURPOSE", "STATUS", "ATTEMPTS", "LAST ERROR");
            for (JsonElement item : answer.getAsJsonObject().getAsJsonArray("messages")) {
                JsonObject m = item.getAsJsonObject();
                table.row(Json.text(m.get("id")), Json.text(m.get("created")), Json.text(m.get("channel")),
                        Json.text(m.get("recipient")), Json.text(m.get("purpose")), Json.text(m.get("status")),
                        Json.text(m.get("attempts")), Json.text(m, "lastError", ""));
            }
            delivery.root.print(answer, table);
            return 0;
        }
    }

    @Command(name = "retry", description = "Send a failed message again, or every failed one.")
    static final class Retry implements Callable<Integer> {

        @ParentCommand
        private DeliveryCommand delivery;

        @Parameters(index = "0", arity = "0..1", paramLabel = "ID")
        private Long id;

        @Option(names = "--all-failed", description = "every failed message that can be sent again")
        private boolean allFailed;

        @Override
        public Integer call() throws Exception {
            if ((id == null) == !allFailed) {
                throw new UsageException("delivery retry needs a message ID or --all-failed (not both)");
            }
            if (allFailed) {
                JsonElement answer = delivery.root.api().post("delivery/retry-failed");
                delivery.root.say(answer, answer.getAsJsonObject().get("retried").getAsInt() + " failed message(s) queued again.");
            } else {
                JsonElement answer = delivery.root.api().post("delivery/" + id + "/retry");
                delivery.root.say(answer, "Message " + id + " is queued again.");
            }
            return 0;
        }
    }
}
