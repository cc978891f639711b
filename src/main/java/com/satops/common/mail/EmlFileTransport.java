package com.satops.common.mail;

import com.satops.common.report.AtomicWrite;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;

/** With no SMTP server configured, each mail becomes an .eml file under outbox/ that any mail client opens. */
class EmlFileTransport implements MailTransport {

    private final Path outbox;
    private final String from;
    private final Clock clock;

    EmlFileTransport(Path outbox, String from, Clock clock) {
        this.outbox = outbox;
        this.from = from;
        this.clock = clock;
    }

    @Override
    public void send(QueuedMail mail) throws MessagingException {
        MimeMessage message = MailComposer.compose(mail, from, null, clock);
        String safeRecipient = mail.recipient().replaceAll("[^A-Za-z0-9@._-]", "_");
        Path target = outbox.resolve(String.format("%06d-%s.eml", mail.mailId(), safeRecipient));
        try {
            AtomicWrite.to(target, out -> {
                try {
                    message.writeTo(out);
                } catch (MessagingException e) {
                    throw new IOException(e.getMessage(), e);
                }
            });
        } catch (UncheckedIOException e) {
            throw new MessagingException("cannot write to " + outbox + ": " + e.getCause().getMessage(), e);
        }
    }

    @Override
    public String describe() {
        return "files in " + outbox;
    }
}
