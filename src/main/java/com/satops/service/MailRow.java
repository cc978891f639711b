package com.satops.service;

import java.time.LocalDateTime;

/**
 * A mail in the outbox as the service lists it; status is WAITING, SENT or FAILED. {@code retried} counts the
 * sends made again after one whose outcome was not known (the process died while the server had it): the
 * recipient may hold two copies, with the same Message-ID.
 */
public record MailRow(long mailId, String job, String period, String recipient, String subject, String status,
                      int attempts, int retried, String lastError, LocalDateTime createdAt, LocalDateTime sentAt,
                      Long executionId) {
}
