package com.satops.common.mail;

import jakarta.mail.MessagingException;

/** Where a composed mail goes: an SMTP server, or .eml files in the outbox folder. */
interface MailTransport {

    /** Sends the mail with this Message-ID; returns only once the server (or the file system) has it. */
    void send(QueuedMail mail, String messageId) throws MessagingException;

    String describe();
}
