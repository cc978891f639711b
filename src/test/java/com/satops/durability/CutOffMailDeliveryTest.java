package com.satops.durability;

import static com.satops.support.ReceivedMail.freePort;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.satops.support.ProcessDatabase;
import com.satops.support.SatopsProcess;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * kill -9 while the visit lists go out by SMTP, then the same run again: every
 * recipient has their mail, and a mail that went twice carries one Message-ID
 * and is counted in the summary's mailsRetried.
 */
class CutOffMailDeliveryTest {

    static final String[] RUN = {"run", "visit-assignment", "--month", "2026-12", "--as-of",
            CutOffImportTest.AS_OF.toString(), "--json"};

    @TempDir
    Path temp;

    final int smtpPort = freePort();
    final GreenMail smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    @AfterEach
    void stopSmtp() {
        smtp.stop();
    }

    @Test
    void onH2() throws Exception {
        killDuringDeliveryThenRunAgain(ProcessDatabase::h2);
    }

    @Test
    void onMariaDb() throws Exception {
        killDuringDeliveryThenRunAgain(home -> ProcessDatabase.mariaDb());
    }

    void killDuringDeliveryThenRunAgain(Function<Path, ProcessDatabase> databaseOf) throws Exception {
        // given
        smtp.start();
        Path home = CutOffImportTest.sampleCompany(temp.resolve("home"));
        ProcessDatabase database = databaseOf.apply(home);
        String[] smtpOptions = {"--spring.mail.host=127.0.0.1", "--spring.mail.port=" + smtpPort,
                // A claim cut off by the kill expires before the next run delivers.
                "--satops.mail.claim-window=1s"};

        // when: killed once the server has taken the first mails
        SatopsProcess cutOff = SatopsProcess.start(home, database, with(RUN, smtpOptions));
        assertThat(smtp.waitForIncomingEmail(90_000, 3)).as(cutOff.log()).isTrue();
        cutOff.kill();
        int beforeKill = smtp.getReceivedMessages().length;
        SatopsProcess again = SatopsProcess.start(home, database, with(RUN, smtpOptions));
        int exit = again.waitFor(Duration.ofSeconds(120));

        // then
        assertThat(exit).as(again.log()).isZero();
        List<String> queued = outboxRows(database);
        assertThat(queued).as("mails queued").hasSizeGreaterThan(beforeKill).allMatch(row -> row.endsWith("|SENT"));
        Map<String, Set<String>> mailsById = new HashMap<>();
        int received = 0;
        for (MimeMessage message : smtp.getReceivedMessages()) {
            received++;
            mailsById.computeIfAbsent(message.getMessageID(), id -> new HashSet<>())
                    .add(message.getRecipients(Message.RecipientType.TO)[0] + "|" + message.getSubject());
        }
        assertThat(mailsById).as("one Message-ID per outbox row, every row delivered").hasSameSizeAs(queued);
        mailsById.forEach((id, mails) -> assertThat(mails).as("mails with Message-ID %s", id).hasSize(1));
        Set<String> delivered = new HashSet<>();
        mailsById.values().forEach(mails -> mails.forEach(mail -> delivered.add(mail.substring(0, mail.indexOf('|')))));
        assertThat(delivered).as("every recipient has the mail")
                .containsExactlyInAnyOrderElementsOf(queued.stream().map(row -> row.substring(0, row.indexOf('|')))
                        .collect(Collectors.toSet()));
        long duplicates = received - mailsById.size();
        JsonNode summary = CutOffImportTest.summary(again);
        assertThat(summary.get("mailsRetried").asLong()).as("a duplicate is counted (%d received twice)", duplicates)
                .isGreaterThanOrEqualTo(duplicates).isLessThanOrEqualTo(1);
    }

    static List<String> outboxRows(ProcessDatabase database) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT recipient, status FROM mail_outbox")) {
            while (row.next()) {
                rows.add(row.getString(1) + "|" + row.getString(2));
            }
        }
        return rows;
    }

    static String[] with(String[] command, String... options) {
        List<String> all = new ArrayList<>(List.of(command));
        all.addAll(List.of(options));
        return all.toArray(String[]::new);
    }

}
