package com.satops.common.mail;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The Message-ID of an outbox row, the same on every send of it, so a receiving
 * server (or a reader) can tell a repeat after an uncertain send from a new mail.
 * The row id alone could recur once a database is rebuilt; the mail key's hash
 * beside it keeps ids of different mails apart.
 */
final class OutboxMessageId {

    private final String domain;

    OutboxMessageId(String configuredDomain, String from) {
        this.domain = configuredDomain == null || configuredDomain.isBlank() ? domainOf(from) : configuredDomain.trim();
    }

    String of(QueuedMail mail) {
        return "<" + mail.mailId() + "." + keyHash(mail.mailKey()) + "@" + domain + ">";
    }

    private static String domainOf(String from) {
        int at = from == null ? -1 : from.lastIndexOf('@');
        String domain = at < 0 ? "" : from.substring(at + 1).replace(">", "").trim();
        return domain.isEmpty() ? "satops.invalid" : domain;
    }

    private static String keyHash(String mailKey) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(String.valueOf(mailKey).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
