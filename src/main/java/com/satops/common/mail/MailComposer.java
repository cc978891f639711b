package com.satops.common.mail;

import jakarta.activation.FileTypeMap;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Date;
import java.util.Locale;
import java.util.Properties;
import org.springframework.core.io.FileSystemResource;
import org.springframework.mail.javamail.ConfigurableMimeFileTypeMap;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * Builds the MIME message of a queued mail: HTML body, the chart inline as
 * {@code cid:chart}, the report attached.
 */
final class MailComposer {

    static final String CHART_CONTENT_ID = "chart";

    /**
     * The session of mails written to files: made once, since each new session searches the
     * class path for mail providers. Composing only reads it.
     */
    private static final Session FILE_SESSION = Session.getInstance(new Properties());

    /**
     * Jakarta Mail looks its stream provider up for every body part it writes: a search of the
     * class path's service files, unless this property names the provider, which makes it a
     * class lookup.
     */
    private static final String STREAM_PROVIDER = "jakarta.mail.util.StreamProvider";

    static {
        if (System.getProperty(STREAM_PROVIDER) == null) {
            System.setProperty(STREAM_PROVIDER, "org.eclipse.angus.mail.util.MailStreamProvider");
        }
    }

    private MailComposer() {
    }

    static MimeMessage compose(QueuedMail mail, String from, String messageId, Session session, Clock clock)
            throws MessagingException {
        MimeMessage message = new StableIdMessage(session == null ? FILE_SESSION : session,
                messageId);
        MimeMessageHelper helper = new SharedTypesHelper(message);
        helper.setFrom(from);
        helper.setTo(mail.recipient());
        helper.setSubject(mail.subject());
        helper.setSentDate(Date.from(clock.instant()));
        helper.setText(mail.htmlBody(), true);
        if (mail.inlineImagePath() != null) {
            Path image = Path.of(mail.inlineImagePath());
            requireFile(image);
            helper.addInline(CHART_CONTENT_ID, image.getFileName().toString(), new FileSystemResource(image),
                    "image/png");
        }
        if (mail.attachmentPath() != null) {
            Path attachment = Path.of(mail.attachmentPath());
            requireFile(attachment);
            String name = attachment.getFileName().toString();
            helper.addAttachment(name, new FileSystemResource(attachment), contentType(name));
        }
        message.saveChanges();
        return message;
    }

    /** Mail clients open an attachment by its type; the platform's guess for .xlsx is often octet-stream. */
    static String contentType(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".xlsx")) {
            return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        }
        if (name.endsWith(".csv")) {
            return "text/csv";
        }
        if (name.endsWith(".png")) {
            return "image/png";
        }
        return "application/octet-stream";
    }

    /**
     * A helper on the one type map of every mail: MimeMessageHelper would otherwise read
     * and parse its mime.types resource for each message, although satops names every
     * part's content type itself.
     */
    private static final class SharedTypesHelper extends MimeMessageHelper {

        private static final FileTypeMap TYPES = types();

        SharedTypesHelper(MimeMessage message) throws MessagingException {
            super(message, MimeMessageHelper.MULTIPART_MODE_MIXED_RELATED, "UTF-8");
        }

        @Override
        protected FileTypeMap getDefaultFileTypeMap(MimeMessage mimeMessage) {
            return TYPES;
        }

        private static FileTypeMap types() {
            ConfigurableMimeFileTypeMap types = new ConfigurableMimeFileTypeMap();
            types.afterPropertiesSet();
            return types;
        }
    }

    /** Jakarta Mail makes up a new Message-ID at each save; an outbox row keeps its own on every send. */
    private static final class StableIdMessage extends MimeMessage {

        private final String messageId;

        StableIdMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }

    private static void requireFile(Path file) throws MessagingException {
        if (!Files.isRegularFile(file)) {
            throw new MessagingException("missing file to send: " + file);
        }
    }
}
