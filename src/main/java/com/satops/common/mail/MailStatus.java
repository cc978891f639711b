package com.satops.common.mail;

/** Where a mail of the outbox stands. */
public enum MailStatus {
    /** Waiting for delivery (also between failed attempts). */
    QUEUED,
    SENT,
    /** Given up after the last attempt. */
    FAILED,
    /** Of a period not over when its run was made: never delivered, shown and counted only. */
    HELD
}
