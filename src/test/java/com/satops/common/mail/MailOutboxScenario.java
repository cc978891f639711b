package com.satops.common.mail;

import static com.satops.support.ReceivedMail.freePort;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.satops.common.config.SatopsProperties;
import com.satops.common.run.RunLedgerMapper;
import com.satops.support.FreshStart;
import com.satops.support.SettableClock;
import com.satops.support.TestHome;
import jakarta.mail.BodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.mail.autoconfigure.MailProperties;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The mail outbox every job sends through: queued once per key, delivered by
 * SMTP or as .eml files, a failure retried later and later, then given up.
 * Each test drives its own delivery with a clock it moves by hand.
 */
abstract class MailOutboxScenario extends FreshStart {

    static final LocalDateTime T0 = LocalDateTime.of(2026, 11, 3, 8, 0);
    static final Duration BACKOFF = Duration.ofMinutes(5);

    @Autowired
    MailOutboxMapper mapper;

    @Autowired
    RunLedgerMapper ledger;

    @Autowired
    SatopsProperties properties;

    @Autowired
    JdbcTemplate db;

    @Autowired
    PlatformTransactionManager transactions;

    final SettableClock clock = new SettableClock(T0, ZoneId.systemDefault());
    final int smtpPort = freePort();
    final GreenMail smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    @AfterEach
    void stopSmtp() {
        smtp.stop();
    }

    @Test
    void theSameMailIsQueuedOnceWhateverRunQueuesItAgain() {
        MailOutbox outbox = new MailOutbox(mapper, clock);

        boolean first = outbox.queue(mail("pm@example.com", "report.xlsx", 1));
        boolean again = outbox.queue(mail("pm@example.com", "report.xlsx", 2));
        boolean otherCase = outbox.queue(mail("PM@Example.com", "report.xlsx", 3));
        boolean otherReport = outbox.queue(mail("pm@example.com", "other.xlsx", 3));

        assertThat(first).isTrue();
        assertThat(again).isFalse();
        assertThat(otherCase).isFalse();
        assertThat(otherReport).isTrue();
        assertThat(db.queryForObject("SELECT COUNT(*) FROM mail_outbox", Integer.class)).isEqualTo(2);
        assertThat(db.queryForObject("SELECT next_attempt_at FROM mail_outbox WHERE mail_id = 1", LocalDateTime.class))
                .as("due from the application's clock").isEqualTo(T0);
    }

    @Test
    void smtpDeliveryCarriesTheChartInlineAndTheReportAttachedOnce() throws Exception {
        // given
        smtp.start();
        Path chart = chartImage();
        Path report = workbook();
        new MailOutbox(mapper, clock).queue(new OutgoingMail("job", "2026-10", "pm@example.com", "月报 2026-10",
                "<p>见图</p><img src=\"cid:chart\">", report, chart, "run", 1));
        MailDelivery delivery = delivery(smtpHost(), 10);

        // when
        int sent = delivery.deliverDue();
        int sentAgain = delivery.deliverDue();

        // then
        assertThat(sent).isEqualTo(1);
        assertThat(sentAgain).isZero();
        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getSubject()).isEqualTo("月报 2026-10");
        assertThat(received[0].getFrom()[0].toString()).isEqualTo(properties.mail().from());
        List<BodyPart> parts = leaves(received[0]);
        BodyPart image = parts.stream().filter(p -> header(p, "Content-ID") != null).findFirst().orElseThrow();
        assertThat(header(image, "Content-ID")).isEqualTo("<chart>");
        assertThat(image.isMimeType("image/png")).isTrue();
        assertThat(ImageIO.read(image.getInputStream()).getWidth()).isEqualTo(40);
        BodyPart attached = parts.stream().filter(p -> "report.xlsx".equals(fileName(p))).findFirst().orElseThrow();
        assertThat(attached.isMimeType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")).isTrue();
        try (XSSFWorkbook book = new XSSFWorkbook(attached.getInputStream())) {
            assertThat(book.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("figures");
        }
        assertThat(db.queryForMap("SELECT status, attempts, sent_at FROM mail_outbox"))
                .containsEntry("STATUS", "SENT").containsEntry("ATTEMPTS", 1);
    }

    @Test
    void aFailedDeliveryWaitsTwiceAsLongEachTimeThenIsGivenUp() {
        // given: nothing listens on the SMTP port; three attempts allowed
        new MailOutbox(mapper, clock).queue(mail("pm@example.com", null, 1));
        MailDelivery delivery = delivery(smtpHost(), 3);

        // when / then
        assertThat(delivery.deliverDue()).isZero();
        assertThat(outboxRow()).containsEntry("STATUS", "QUEUED").containsEntry("ATTEMPTS", 1)
                .containsEntry("NEXT_ATTEMPT_AT", T0.plus(BACKOFF));
        assertThat((String) outboxRow().get("LAST_ERROR")).isNotBlank();
        assertThat(ledger.countMailsWaiting()).isEqualTo(1);

        clock.advance(BACKOFF.minusSeconds(1));
        delivery.deliverDue();
        assertThat(outboxRow()).as("not due before the backoff").containsEntry("ATTEMPTS", 1);

        clock.advance(Duration.ofSeconds(1));
        delivery.deliverDue();
        assertThat(outboxRow()).containsEntry("ATTEMPTS", 2)
                .containsEntry("NEXT_ATTEMPT_AT", clock.localNow().plus(BACKOFF.multipliedBy(2)));

        clock.advance(BACKOFF.multipliedBy(2));
        delivery.deliverDue();
        assertThat(outboxRow()).containsEntry("STATUS", "FAILED").containsEntry("ATTEMPTS", 3);
        assertThat(ledger.countMailsWaiting()).isZero();

        smtp.start();
        clock.advance(Duration.ofDays(2));
        assertThat(delivery.deliverDue()).as("a given-up mail is not tried again").isZero();
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }

    @Test
    void aMailThatFailedGoesOutOnceTheServerIsUpAndTheWaitIsOver() {
        new MailOutbox(mapper, clock).queue(mail("pm@example.com", null, 1));
        MailDelivery delivery = delivery(smtpHost(), 10);
        delivery.deliverDue();

        smtp.start();
        clock.advance(BACKOFF);
        int sent = delivery.deliverDue();
        clock.advance(Duration.ofDays(1));
        int sentAgain = delivery.deliverDue();

        assertThat(sent).isEqualTo(1);
        assertThat(sentAgain).isZero();
        assertThat(smtp.getReceivedMessages()).hasSize(1);
        assertThat(outboxRow()).containsEntry("STATUS", "SENT").containsEntry("ATTEMPTS", 2);
        assertThat(ledger.countMailsWaiting()).isZero();
    }

    @Test
    void withoutSmtpHostEveryDueMailBecomesAnEmlFileNotJustTheFirstPage() throws IOException {
        MailOutbox outbox = new MailOutbox(mapper, clock);
        for (int i = 0; i < 205; i++) {
            outbox.queue(mail("steward" + i + "@example.com", null, 1));
        }

        int sent = delivery(null, 10).deliverDue();

        assertThat(sent).isEqualTo(205);
        try (Stream<Path> files = Files.list(TestHome.outbox())) {
            assertThat(files.filter(f -> f.toString().endsWith(".eml"))).hasSize(205);
        }
        assertThat(ledger.countMailsWaiting()).isZero();
        assertThat(db.queryForObject("SELECT COUNT(*) FROM mail_outbox WHERE status = 'SENT' AND sent_at IS NOT NULL",
                Integer.class)).as("the last mail of each page is marked too").isEqualTo(205);
    }

    @Test
    void aSentMailIsMarkedSentEvenWhenTheNextOneIsAnotherDeliverersToSend() {
        smtp.start();
        MailOutbox outbox = new MailOutbox(mapper, clock);
        outbox.queue(mail("pm@example.com", null, 1));
        outbox.queue(mail("steward@example.com", null, 1));
        long second = db.queryForObject("SELECT MAX(mail_id) FROM mail_outbox", Long.class);
        mapper.claim(second, T0, T0.plusMinutes(10));

        int sent = delivery(smtpHost(), 10).deliverDue();

        assertThat(sent).isEqualTo(1);
        assertThat(smtp.getReceivedMessages()).hasSize(1);
        assertThat(db.queryForList("SELECT recipient, status FROM mail_outbox ORDER BY mail_id"))
                .extracting(row -> row.get("RECIPIENT") + "|" + row.get("STATUS"))
                .containsExactly("pm@example.com|SENT", "steward@example.com|QUEUED");
    }

    @Test
    void aMailAnotherDelivererHasClaimedIsNotSentTwice() {
        smtp.start();
        new MailOutbox(mapper, clock).queue(mail("pm@example.com", null, 1));
        long mailId = db.queryForObject("SELECT mail_id FROM mail_outbox", Long.class);

        int claimed = mapper.claim(mailId, T0, T0.plusMinutes(10));
        int claimedAgain = mapper.claim(mailId, T0, T0.plusMinutes(10));
        int sent = delivery(smtpHost(), 10).deliverDue();

        assertThat(claimed).isEqualTo(1);
        assertThat(claimedAgain).isZero();
        assertThat(sent).isZero();
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }

    @Test
    void aSendCutOffBeforeItsOutcomeIsRetriedAfterTheClaimWindowWithTheSameMessageIdAndCounted() throws Exception {
        // given: a deliverer claimed the mail, the server took it, and the process died before marking it SENT
        smtp.start();
        new MailOutbox(mapper, clock).queue(mail("pm@example.com", null, 1));
        MailDelivery delivery = delivery(smtpHost(), 10);
        long mailId = db.queryForObject("SELECT mail_id FROM mail_outbox", Long.class);
        mapper.claim(mailId, T0, T0.plus(properties.mail().claimWindow()));
        new SmtpMailTransport(smtpSender(), properties.mail().from(), clock)
                .send(mapper.due(T0.plusYears(1), 0, 1).get(0), "<" + mailId + ".cut-off@example.com>");

        // when: still within the claim nothing is sent; after it the mail goes again
        int withinClaim = delivery.deliverDue();
        clock.advance(properties.mail().claimWindow().plusSeconds(1));
        int afterClaim = delivery.deliverDue();

        // then
        assertThat(withinClaim).isZero();
        assertThat(afterClaim).isEqualTo(1);
        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(2);
        assertThat(db.queryForMap("SELECT status, attempts, retried FROM mail_outbox"))
                .containsEntry("STATUS", "SENT").containsEntry("ATTEMPTS", 2).containsEntry("RETRIED", 1);
        assertThat(ledger.countMailsRetried("run")).isEqualTo(1);
        String messageId = received[1].getMessageID();
        assertThat(messageId).startsWith("<" + mailId + ".").endsWith("@" + domainOf(properties.mail().from()) + ">");
    }

    @Test
    void everySendOfAnOutboxRowCarriesTheSameMessageIdAndASecondEmlIsWrittenBesideTheFirst() throws Exception {
        // given: the mail was written as .eml once, then the process died before marking it SENT
        new MailOutbox(mapper, clock).queue(mail("pm@example.com", null, 1));
        long mailId = db.queryForObject("SELECT mail_id FROM mail_outbox", Long.class);
        MailDelivery delivery = delivery(null, 10);
        mapper.claim(mailId, T0, T0.plus(properties.mail().claimWindow()));
        QueuedMail queued = mapper.due(T0.plusYears(1), 0, 1).get(0);
        new EmlFileTransport(TestHome.outbox(), properties.mail().from(), clock)
                .send(queued, new OutboxMessageId(properties.mail().messageIdDomain(), properties.mail().from())
                        .of(queued));

        // when
        clock.advance(properties.mail().claimWindow().plusSeconds(1));
        int sent = delivery.deliverDue();

        // then: both files are there, with one Message-ID
        assertThat(sent).isEqualTo(1);
        Path first = TestHome.outbox().resolve(String.format("%06d-pm@example.com.eml", mailId));
        Path second = TestHome.outbox().resolve(String.format("%06d-pm@example.com-2.eml", mailId));
        assertThat(first).exists();
        assertThat(second).exists();
        assertThat(messageIdOf(first)).isEqualTo(messageIdOf(second)).isNotBlank();
        assertThat(ledger.countMailsRetried("run")).isEqualTo(1);
    }

    static String messageIdOf(Path eml) throws Exception {
        try (var in = Files.newInputStream(eml)) {
            return new MimeMessage(jakarta.mail.Session.getInstance(new java.util.Properties()), in).getMessageID();
        }
    }

    static String domainOf(String address) {
        return address.substring(address.lastIndexOf('@') + 1);
    }

    org.springframework.mail.javamail.JavaMailSenderImpl smtpSender() {
        org.springframework.mail.javamail.JavaMailSenderImpl sender = new org.springframework.mail.javamail.JavaMailSenderImpl();
        sender.setHost(smtpHost());
        sender.setPort(smtpPort);
        return sender;
    }

    MailDelivery delivery(String host, int maxAttempts) {
        MailProperties mail = new MailProperties();
        mail.setHost(host);
        mail.setPort(smtpPort);
        mail.getProperties().put("mail.smtp.connectiontimeout", "5000");
        mail.getProperties().put("mail.smtp.timeout", "5000");
        SatopsProperties.Mail settings = new SatopsProperties.Mail(properties.mail().from(), List.of(), List.of(),
                BACKOFF, maxAttempts, properties.mail().claimWindow(), properties.mail().messageIdDomain(),
                properties.mail().deliverDuringRuns());
        SatopsProperties withSettings = new SatopsProperties(properties.home(), properties.locale(),
                properties.importing(), properties.occupiedStatuses(), properties.progressInterval(), settings);
        return new MailDelivery(mapper, withSettings, mail, clock, transactions);
    }

    static String smtpHost() {
        return "127.0.0.1";
    }

    static OutgoingMail mail(String recipient, String report, long executionId) {
        return new OutgoingMail("job", "2026-10", recipient, "subject", "<p>body</p>",
                report == null ? null : Path.of(report), null, "run", executionId);
    }

    Map<String, Object> outboxRow() {
        return db.queryForObject("SELECT status, attempts, next_attempt_at, last_error FROM mail_outbox",
                (rs, n) -> {
                    Map<String, Object> row = new java.util.HashMap<>();
                    row.put("STATUS", rs.getString("status"));
                    row.put("ATTEMPTS", rs.getInt("attempts"));
                    row.put("NEXT_ATTEMPT_AT", rs.getObject("next_attempt_at", LocalDateTime.class));
                    row.put("LAST_ERROR", rs.getString("last_error"));
                    return row;
                });
    }

    static Path chartImage() throws IOException {
        Path file = Files.createDirectories(TestHome.reports()).resolve("chart.png");
        ImageIO.write(new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB), "png", file.toFile());
        return file;
    }

    static Path workbook() throws IOException {
        Path file = Files.createDirectories(TestHome.reports()).resolve("report.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            book.createSheet("s").createRow(0).createCell(0).setCellValue("figures");
            book.write(out);
        }
        return file;
    }

    static List<BodyPart> leaves(MimeMessage message) throws Exception {
        List<BodyPart> leaves = new ArrayList<>();
        collect((MimeMultipart) message.getContent(), leaves);
        return leaves;
    }

    private static void collect(MimeMultipart multipart, List<BodyPart> leaves) throws Exception {
        for (int i = 0; i < multipart.getCount(); i++) {
            BodyPart part = multipart.getBodyPart(i);
            if (part.getContent() instanceof MimeMultipart nested) {
                collect(nested, leaves);
            } else {
                leaves.add(part);
            }
        }
    }

    static String header(BodyPart part, String name) {
        try {
            String[] values = part.getHeader(name);
            return values == null ? null : values[0];
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String fileName(BodyPart part) {
        try {
            return part.getFileName();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

}
