package com.satops.common.mail;

import jakarta.mail.MessagingException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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
        try {
            Files.createDirectories(outbox);
            String safeRecipient = mail.recipient().replaceAll("[^A-Za-z0-9@._-]", "_");
            Path target = outbox.resolve(String.format("%06d-%s.eml", mail.mailId(), safeRecipient));
            Path partial = target.resolveSibling(target.getFileName() + ".part");
            try (OutputStream out = Files.newOutputStream(partial)) {
                MailComposer.compose(mail, from, null, clock).writeTo(out);
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new MessagingException("cannot write to " + outbox + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String describe() {
        return "files in " + outbox;
    }
}
