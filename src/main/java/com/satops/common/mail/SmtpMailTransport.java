package com.satops.common.mail;

import jakarta.mail.MessagingException;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** Delivers through the SMTP server of spring.mail.* (host, port, user, password, STARTTLS). */
class SmtpMailTransport implements MailTransport {

    private final JavaMailSenderImpl sender;
    private final String from;

    SmtpMailTransport(JavaMailSenderImpl sender, String from) {
        this.sender = sender;
        this.from = from;
    }

    @Override
    public void send(QueuedMail mail) throws MessagingException {
        try {
            sender.send(MailComposer.compose(mail, from, sender.getSession()));
        } catch (MailException e) {
            throw new MessagingException(e.getMessage(), e);
        }
    }

    @Override
    public String describe() {
        return "SMTP " + sender.getHost() + ":" + sender.getPort();
    }
}
