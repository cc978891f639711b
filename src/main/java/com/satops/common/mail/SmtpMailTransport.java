package com.satops.common.mail;

import jakarta.mail.MessagingException;
import java.time.Clock;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** Delivers through the SMTP server of spring.mail.* (host, port, user, password, STARTTLS). */
class SmtpMailTransport implements MailTransport {

    private final JavaMailSenderImpl sender;
    private final String from;
    private final Clock clock;

    SmtpMailTransport(JavaMailSenderImpl sender, String from, Clock clock) {
        this.sender = sender;
        this.from = from;
        this.clock = clock;
    }

    @Override
    public void send(QueuedMail mail, String messageId) throws MessagingException {
        try {
            sender.send(MailComposer.compose(mail, from, messageId, sender.getSession(), clock));
        } catch (MailException e) {
            throw new MessagingException(e.getMessage(), e);
        }
    }

    @Override
    public String describe() {
        return "SMTP " + sender.getHost() + ":" + sender.getPort();
    }
}
