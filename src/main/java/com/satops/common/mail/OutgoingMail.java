package com.satops.common.mail;

import com.satops.common.report.ReportPaths;
import java.nio.file.Path;

/**
 * A mail a job wants sent. Its key (job, period, recipient, attachment) makes it
 * queued once, however often the run is repeated or restarted, and in whichever
 * report language: the attachment counts by its zh-CN name.
 */
public record OutgoingMail(String job, String period, String recipient, String subject, String htmlBody,
                           Path attachment, Path inlineImage, String runKey, long executionId) {

    public String mailKey() {
        String report = attachment == null ? "" : ReportPaths.languageNeutral(attachment.getFileName().toString());
        return String.join("|", job, period, recipient.toLowerCase(java.util.Locale.ROOT), report);
    }

    public String attachmentPath() {
        return attachment == null ? null : attachment.toString();
    }

    public String inlineImagePath() {
        return inlineImage == null ? null : inlineImage.toString();
    }
}
