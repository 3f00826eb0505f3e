package org.twofold.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.twofold.domain.delivery.DeliveryStatus;
import org.twofold.service.RefusedException;
import org.twofold.service.delivery.DeliveryQueue;
import org.twofold.service.delivery.QueueLine;
import org.twofold.web.i18n.Messages;

/** The delivery queue: messages by status with their errors; failed ones can be sent again. */
@Named
@ViewScoped
public class QueuePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private DeliveryQueue queue;

    @Inject
    private ConsoleActor console;

    private DeliveryStatus status;
    private Map<String, Long> counts = Map.of();
    private final LazyDataModel<QueueLine> messages = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) queue.count(status);
        }

        @Override
        public List<QueueLine> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                          Map<String, FilterMeta> filterBy) {
            return queue.list(status, first, pageSize);
        }

        @Override
        public String getRowKey(QueueLine message) {
            return String.valueOf(message.id());
        }
    };

    public void retry(QueueLine message) {
        try {
            queue.retry(message.id(), console.actor());
            Messages.info("queue.retried", message.id());
        } catch (RefusedException refused) {
            ConsoleActor.show(refused);
        }
    }

    public void retryAll() {
        Messages.info("queue.retriedAll", queue.retryAllFailed(console.actor()));
    }

    /** Reads the counts once per rendering, before the page shows them. */
    public void refreshCounts() {
        counts = new HashMap<>();
        queue.countsByStatus().forEach((status, count) -> counts.put(status.name(), count));
    }

    /** Messages per status, keyed by the status's name, as the page's EL looks them up. */
    public Map<String, Long> getCounts() {
        return counts;
    }

    public LazyDataModel<QueueLine> getMessages() {
        return messages;
    }

    public DeliveryStatus getStatus() {
        return status;
    }

    public void setStatus(DeliveryStatus status) {
        this.status = status;
    }

    public DeliveryStatus[] getStatuses() {
        return DeliveryStatus.values();
    }
}
