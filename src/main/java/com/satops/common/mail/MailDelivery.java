package com.satops.common.mail;

import com.satops.common.config.SatopsProperties;
import jakarta.mail.MessagingException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.mail.autoconfigure.MailProperties;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends what the outbox holds and is due. A failed delivery stays queued and is
 * tried again later, each wait twice the one before ({@link RetryBackoff}); after
 * the last attempt allowed it is marked FAILED. A sent mail is never sent again,
 * and a mail is claimed before it is sent, so two processes delivering at once
 * (the scheduler and a command line run) do not both send it.
 * <p>
 * Claim and outcome each commit on their own, the outcome right after the server
 * accepted the mail. A process that dies in between leaves the claim to expire
 * ({@code satops.mail.claim-window}); the mail is then sent again with the same
 * Message-ID, and the retry is counted on the row ({@code retried}).
 */
@Component
public class MailDelivery {

    private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);
    private static final int PAGE = 200;
    private static final int MAX_ERROR = 2000;

    private final MailOutboxMapper outbox;
    private final MailTransport transport;
    private final Clock clock;
    private final RetryBackoff backoff;
    private final Duration claimWindow;
    private final OutboxMessageId messageIds;
    private final TransactionTemplate ownTransaction;

    public MailDelivery(MailOutboxMapper outbox, SatopsProperties properties, MailProperties mail, Clock clock,
                        PlatformTransactionManager transactions) {
        this.outbox = outbox;
        this.clock = clock;
        this.backoff = new RetryBackoff(properties.mail().retryBackoff(), properties.mail().maxAttempts());
        this.claimWindow = properties.mail().claimWindow();
        String from = properties.mail().from();
        this.messageIds = new OutboxMessageId(properties.mail().messageIdDomain(), from);
        this.ownTransaction = new TransactionTemplate(transactions);
        // Never part of a caller's transaction: a claim or a SENT must be committed the moment it is written.
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.transport = mail.getHost() == null || mail.getHost().isBlank()
                ? new EmlFileTransport(properties.home().resolve("outbox"), from, clock)
                : new SmtpMailTransport(smtpSender(mail), from, clock);
    }

    /**
     * Delivers every mail due now, page after page; returns how many were sent. A mail's SENT commits in the
     * transaction that claims the next mail, right after its send as before, so a mail costs one commit, not two
     * (a million households' 5,899 visit-list mails went out to files in 15 s instead of 20).
     */
    public int deliverDue() {
        LocalDateTime startedAt = LocalDateTime.now(clock);
        int sent = 0;
        int failed = 0;
        long afterId = 0;
        List<QueuedMail> page;
        do {
            page = outbox.due(startedAt, afterId, PAGE);
            Runnable lastSent = null;
            for (QueuedMail mail : page) {
                afterId = mail.mailId();
                boolean claimed = claimAfter(lastSent, mail);
                lastSent = null;
                if (!claimed) {
                    continue;
                }
                try {
                    transport.send(mail, messageIds.of(mail));
                } catch (MessagingException | RuntimeException e) {
                    ownTransaction.executeWithoutResult(status -> failed(mail, e));
                    failed++;
                    continue;
                }
                LocalDateTime sentAt = LocalDateTime.now(clock);
                lastSent = () -> outbox.markSent(mail.mailId(), sentAt);
                sent++;
            }
            Runnable pageLastSent = lastSent;
            if (pageLastSent != null) {
                ownTransaction.executeWithoutResult(status -> pageLastSent.run());
            }
        } while (page.size() == PAGE);
        if (sent > 0) {
            log.info("Delivered {} mails via {}", sent, transport.describe());
        }
        if (failed > 0) {
            log.warn("{} mails could not be delivered via {}", failed, transport.describe());
        }
        return sent;
    }

    /**
     * Commits the mail sent before (if any) as SENT and claims this one, in one transaction. Should that fail,
     * the SENT is tried once more on its own before the failure goes on: a sent mail must not be sent again.
     */
    private boolean claimAfter(Runnable lastSent, QueuedMail mail) {
        LocalDateTime now = LocalDateTime.now(clock);
        try {
            Integer claimed = ownTransaction.execute(status -> {
                if (lastSent != null) {
                    lastSent.run();
                }
                return outbox.claim(mail.mailId(), now, now.plus(claimWindow));
            });
            return claimed != null && claimed > 0;
        } catch (RuntimeException e) {
            if (lastSent != null) {
                ownTransaction.executeWithoutResult(status -> lastSent.run());
            }
            throw e;
        }
    }

    private void failed(QueuedMail mail, Exception e) {
        String error = describe(e);
        int attempts = mail.attempts() + 1;
        Optional<LocalDateTime> next = backoff.nextAttempt(attempts, LocalDateTime.now(clock));
        if (next.isPresent()) {
            outbox.markFailed(mail.mailId(), error, next.get());
            log.warn("Mail {} to {} not delivered ({}); stays queued, next try {}", mail.mailId(), mail.recipient(),
                    error, next.get());
        } else {
            outbox.markGivenUp(mail.mailId(), error);
            log.error("Mail {} to {} not delivered after {} attempts ({}); given up, marked FAILED", mail.mailId(),
                    mail.recipient(), attempts, error);
        }
    }

    private static String describe(Exception e) {
        StringBuilder text = new StringBuilder(String.valueOf(e.getMessage()));
        for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (cause.getMessage() != null && !text.toString().contains(cause.getMessage())) {
                text.append(": ").append(cause.getMessage());
            }
        }
        return text.length() > MAX_ERROR ? text.substring(0, MAX_ERROR) : text.toString();
    }

    private static JavaMailSenderImpl smtpSender(MailProperties mail) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost(mail.getHost());
        if (mail.getPort() != null) {
            sender.setPort(mail.getPort());
        }
        sender.setUsername(mail.getUsername());
        sender.setPassword(mail.getPassword());
        sender.setProtocol(mail.getProtocol());
        sender.setDefaultEncoding("UTF-8");
        Properties javaMail = new Properties();
        javaMail.putAll(mail.getProperties());
        sender.setJavaMailProperties(javaMail);
        return sender;
    }
}
