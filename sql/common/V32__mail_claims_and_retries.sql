-- When the current claim was taken; cleared once the send's outcome is recorded. A claim found still set
-- when the mail is claimed again expired without an outcome: the mail may have been sent, and is sent
-- again (same Message-ID), counted in retried.
ALTER TABLE mail_outbox ADD COLUMN claimed_at TIMESTAMP NULL;
ALTER TABLE mail_outbox ADD COLUMN retried INT NOT NULL DEFAULT 0;
