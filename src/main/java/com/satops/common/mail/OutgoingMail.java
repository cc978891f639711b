package com.satops.common.mail;

import java.nio.file.Path;

/**
 * A mail a job wants sent. Its key (job, period, recipient, attachment) makes it
 * queued once, however often the run is repeated or restarted. A report in another
 * language is another file (FORMATS §3), so its mail is another mail.
 */
public record OutgoingMail(String job, String period, String recipient, String subject, String htmlBody,
                           Path attachment, Path inlineImage, String runKey, long executionId) {

    public String mailKey() {
        String report = attachment == null ? "" : attachment.getFileName().toString();
        return String.join("|", job, period, recipient.toLowerCase(java.util.Locale.ROOT), report);
    }

    public String attachmentPath() {
        return attachment == null ? null : attachment.toString();
    }

    public String inlineImagePath() {
        return inlineImage == null ? null : inlineImage.toString();
    }
}
