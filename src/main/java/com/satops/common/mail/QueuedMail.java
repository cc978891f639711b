package com.satops.common.mail;

/** A mail row waiting in the outbox. */
public record QueuedMail(long mailId, String recipient, String subject, String htmlBody, String attachmentPath,
                         String inlineImagePath, int attempts, String mailKey) {
}
