package com.satops.common.mail;

import com.satops.common.config.SatopsProperties;
import jakarta.mail.MessagingException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.mail.autoconfigure.MailProperties;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

/**
 * Sends what the outbox holds and is due. A failed delivery stays queued and is
 * tried again later, each wait twice the one before; a sent mail is never sent again.
 */
@Component
public class MailDelivery {

    private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);
    private static final int BATCH = 200;

    private final MailOutboxMapper outbox;
    private final MailTransport transport;
    private final Clock clock;
    private final Duration backoff;
    private final int maxAttempts;

    public MailDelivery(MailOutboxMapper outbox, SatopsProperties properties, MailProperties mail, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
        this.backoff = properties.mail().retryBackoff();
        this.maxAttempts = properties.mail().maxAttempts();
        String from = properties.mail().from();
        this.transport = mail.getHost() == null || mail.getHost().isBlank()
                ? new EmlFileTransport(properties.home().resolve("outbox"), from)
                : new SmtpMailTransport(smtpSender(mail), from);
    }

    /** Delivers every due mail; returns how many were sent. */
    public int deliverDue() {
        int sent = 0;
        List<QueuedMail> due = outbox.due(LocalDateTime.now(clock), BATCH);
        for (QueuedMail mail : due) {
            try {
                transport.send(mail);
                outbox.markSent(mail.mailId(), LocalDateTime.now(clock));
                sent++;
            } catch (MessagingException | RuntimeException e) {
                Duration wait = backoff.multipliedBy(1L << Math.min(mail.attempts(), 16));
                LocalDateTime next = mail.attempts() + 1 >= maxAttempts
                        ? LocalDateTime.now(clock).plusYears(100)
                        : LocalDateTime.now(clock).plus(wait);
                String error = String.valueOf(e.getMessage());
                outbox.markFailed(mail.mailId(), error.length() > 2000 ? error.substring(0, 2000) : error, next);
                log.warn("Mail {} to {} not delivered ({}); stays queued, next try {}", mail.mailId(),
                        mail.recipient(), error, next);
            }
        }
        if (!due.isEmpty()) {
            log.info("Delivered {} of {} due mails via {}", sent, due.size(), transport.describe());
        }
        return sent;
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
        java.util.Properties javaMail = new java.util.Properties();
        javaMail.putAll(mail.getProperties());
        sender.setJavaMailProperties(javaMail);
        return sender;
    }
}
