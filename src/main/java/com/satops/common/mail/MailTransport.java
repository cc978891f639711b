package com.satops.common.mail;

import jakarta.mail.MessagingException;

/** Where a composed mail goes: an SMTP server, or .eml files in the outbox folder. */
interface MailTransport {

    void send(QueuedMail mail) throws MessagingException;

    String describe();
}
