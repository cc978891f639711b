package com.satops.service;

import java.time.LocalDateTime;

/** A mail in the outbox as the service lists it; status is WAITING, SENT or FAILED. */
public record MailRow(long mailId, String job, String period, String recipient, String subject, String status,
                      int attempts, String lastError, LocalDateTime createdAt, LocalDateTime sentAt,
                      Long executionId) {
}
