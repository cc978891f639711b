package com.satops.service;

import com.satops.common.mail.MailDelivery;
import com.satops.common.mail.MailResender;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Service;

/** The mail outbox as the service shows it (WAITING, SENT, FAILED) and resending one mail. */
@Service
public class MailService implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(MailService.class);
    private static final int LIMIT = 500;
    private static final Map<String, String> STORED_STATUS = Map.of("WAITING", "QUEUED", "SENT", "SENT",
            "FAILED", "FAILED", "HELD", "HELD");

    private final ServiceQueryMapper queries;
    private final MailDelivery delivery;
    private final MailResender resender;
    private final ExecutorService sender = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "satops-mail-resend");
        thread.setDaemon(true);
        return thread;
    });

    public MailService(ServiceQueryMapper queries, MailDelivery delivery, MailResender resender) {
        this.queries = queries;
        this.delivery = delivery;
        this.resender = resender;
    }

    public List<MailRow> list(String status, String job, String period) {
        String stored = null;
        if (status != null && !status.isBlank()) {
            stored = STORED_STATUS.get(status.trim().toUpperCase(Locale.ROOT));
            if (stored == null) {
                throw new IllegalArgumentException("status must be WAITING, SENT or FAILED (got '" + status + "')");
            }
        }
        return queries.mails(stored, blankToNull(job), blankToNull(period), LIMIT);
    }

    public long count(String status) {
        return queries.countMails(STORED_STATUS.get(status));
    }

    /** Mails queued since then whose recipient may hold a duplicate: sent again after an uncertain send. */
    public long countRetriedSince(LocalDateTime since) {
        return queries.countRetriedMailsSince(since);
    }

    /**
     * Queues a copy of the mail (a new outbox row, so a new Message-ID: its recipient gets it once more,
     * deliberately) and delivers it in the background.
     */
    public void resend(long mailId) {
        if (resender.resend(mailId) == 0) {
            throw new NotFoundException("no mail with id " + mailId);
        }
        sender.execute(() -> {
            try {
                delivery.deliverDue();
            } catch (RuntimeException e) {
                log.error("Delivery after resending mail {} failed; it stays queued", mailId, e);
            }
        });
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    @Override
    public void destroy() {
        sender.shutdown();
    }
}
