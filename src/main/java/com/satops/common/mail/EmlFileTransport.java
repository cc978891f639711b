package com.satops.common.mail;

import com.satops.common.report.AtomicWrite;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

/**
 * With no SMTP server configured, each mail becomes an .eml file under outbox/ that any mail client opens.
 * A second send of the same outbox row (a retry after an uncertain one) never overwrites the first: it is
 * written beside it, numbered {@code -2}, {@code -3}, so a duplicate shows.
 */
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
    public void send(QueuedMail mail, String messageId) throws MessagingException {
        String stem = String.format("%06d-%s", mail.mailId(), mail.recipient().replaceAll("[^A-Za-z0-9@._-]", "_"));
        MimeMessage message = MailComposer.compose(mail, from, messageId, null, clock);
        try {
            publish(AtomicWrite.partial(outbox.resolve(stem + ".eml"), out -> writeTo(message, out)), stem);
        } catch (IOException e) {
            throw new MessagingException("cannot write to " + outbox + ": " + e.getMessage(), e);
        }
    }

    private static void writeTo(MimeMessage message, OutputStream out) throws IOException {
        try {
            message.writeTo(out);
        } catch (MessagingException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /** A rename without REPLACE_EXISTING fails rather than replace a file; the claim keeps other senders away. */
    private void publish(Path partial, String stem) throws IOException {
        for (int copy = 1; ; copy++) {
            Path target = outbox.resolve(copy == 1 ? stem + ".eml" : stem + "-" + copy + ".eml");
            try {
                Files.move(partial, target);
                return;
            } catch (FileAlreadyExistsException taken) {
                // An earlier send of this mail is there; keep it and number this one.
            }
        }
    }

    @Override
    public String describe() {
        return "files in " + outbox;
    }
}
