package com.satops.common.mail;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OutboxMessageIdTest {

    static QueuedMail row(long id, String key) {
        return new QueuedMail(id, "pm@example.com", "subject", "<p>body</p>", null, null, 0, key);
    }

    @Test
    void theSameRowGetsTheSameIdEverySendAndAnotherRowAnother() {
        OutboxMessageId ids = new OutboxMessageId("", "satops@property.example.com");

        assertThat(ids.of(row(42, "job|2026-10|pm@example.com|r.xlsx")))
                .isEqualTo(ids.of(row(42, "job|2026-10|pm@example.com|r.xlsx")))
                .startsWith("<42.").endsWith("@property.example.com>")
                .isNotEqualTo(ids.of(row(43, "job|2026-10|pm@example.com|r.xlsx")))
                .as("a row id reused after the database was rebuilt, for another mail")
                .isNotEqualTo(ids.of(row(42, "job|2026-11|pm@example.com|r.xlsx")));
    }

    @Test
    void aConfiguredDomainWinsOverTheSendersOne() {
        assertThat(new OutboxMessageId("mail.example.org", "Satops <satops@property.example.com>").of(row(1, "k")))
                .endsWith("@mail.example.org>");
        assertThat(new OutboxMessageId(null, "Satops <satops@property.example.com>").of(row(1, "k")))
                .endsWith("@property.example.com>");
    }
}
