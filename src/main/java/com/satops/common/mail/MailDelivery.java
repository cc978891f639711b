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

/**
 * Sends what the outbox holds and is due. A failed delivery stays queued and is
 * tried again later, each wait twice the one before ({@link RetryBackoff}); after
 * the last attempt allowed it is marked FAILED. A sent mail is never sent again,
 * and a mail is claimed before it is sent, so two processes delivering at once
 * (the scheduler and a command line run) do not both send it.
 */
@Component
public class MailDelivery {

    private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);
    private static final int PAGE = 200;
    /** Longer than any SMTP exchange (connect, write and read time-outs are seconds). */
    private static final Duration CLAIM_LEASE = Duration.ofMinutes(10);
    private static final int MAX_ERROR = 2000;

    private final MailOutboxMapper outbox;
    private final MailTransport transport;
    private final Clock clock;
    private final RetryBackoff backoff;

    public MailDelivery(MailOutboxMapper outbox, SatopsProperties properties, MailProperties mail, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
        this.backoff = new RetryBackoff(properties.mail().retryBackoff(), properties.mail().maxAttempts());
        String from = properties.mail().from();
        this.transport = mail.getHost() == null || mail.getHost().isBlank()
                ? new EmlFileTransport(properties.home().resolve("outbox"), from, clock)
                : new SmtpMailTransport(smtpSender(mail), from, clock);
    }

    /** Delivers every mail due now, page after page; returns how many were sent. */
    public int deliverDue() {
        LocalDateTime startedAt = LocalDateTime.now(clock);
        int sent = 0;
        int failed = 0;
        long afterId = 0;
        List<QueuedMail> page;
        do {
            page = outbox.due(startedAt, afterId, PAGE);
            for (QueuedMail mail : page) {
                afterId = mail.mailId();
                LocalDateTime now = LocalDateTime.now(clock);
                if (outbox.claim(mail.mailId(), now, now.plus(CLAIM_LEASE)) == 0) {
                    continue;
                }
                if (send(mail)) {
                    sent++;
                } else {
                    failed++;
                }
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

    private boolean send(QueuedMail mail) {
        try {
            transport.send(mail);
        } catch (MessagingException | RuntimeException e) {
            failed(mail, e);
            return false;
        }
        outbox.markSent(mail.mailId(), LocalDateTime.now(clock));
        return true;
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
