package com.satops.common.run.remote;

import static org.assertj.core.api.Assertions.assertThat;

import com.satops.demo.DemoCompanyGenerator;
import com.satops.demo.DemoSpec;
import com.satops.support.PartitionedRuns;
import com.satops.support.ProcessDatabase;
import com.satops.support.SatopsProcess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * visit-assignment with the remote profile: a manager and two worker JVMs on RabbitMQ
 * and MariaDB give what one process gives from the same inbox in a fresh database —
 * figures, workbooks (every cell, read back with POI) and mails — with a partition per
 * project (over 200), and again when a worker is killed with kill -9 mid-partition.
 * Each test has its own queue, so runs never take each other's requests.
 */
class RemotePartitioningTest {

    static final LocalDate AS_OF = LocalDate.of(2026, 11, 20);
    /** Over 200 partitions per step. */
    static final int PROJECTS = 205;
    /** Small enough to stay quick, big enough that a partition is still running when its worker is killed. */
    static final int KILL_TEST_PROJECTS = 20;
    static final String[] RUN = {"run", "visit-assignment", "--month", "2026-12", "--as-of", AS_OF.toString(),
            "--json"};
    /** A safety net on a loaded machine; a run takes well under it. */
    static final Duration TIMEOUT = Duration.ofMinutes(10);

    @TempDir
    Path temp;

    static final Pattern STARTED = Pattern.compile(
            "visit-assignment-lists-projects:partition(\\d+) \\(execution (\\d+)\\): started");

    final List<SatopsProcess> workers = new ArrayList<>();
    final List<String> queues = new ArrayList<>();

    record Outcome(JsonNode summary, Map<String, List<String>> workbookCells, List<String> mails, long mailFiles) {

        static Outcome of(SatopsProcess run, Path home, ProcessDatabase database) throws Exception {
            JsonNode summary = JsonMapper.builder().build().readTree(run.stdout());
            List<String> mails = new ArrayList<>();
            try (Connection connection = database.connect(); Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("SELECT recipient, subject, attachment_path"
                         + " FROM mail_outbox ORDER BY recipient, subject, attachment_path")) {
                while (rows.next()) {
                    mails.add(rows.getString(1) + " | " + rows.getString(2) + " | "
                            + String.valueOf(rows.getString(3)).replace(home.toAbsolutePath().toString(), "<home>"));
                }
            }
            return new Outcome(summary, PartitionedRuns.workbookCells(home), mails,
                    PartitionedRuns.countFiles(home.resolve("outbox"), ".eml"));
        }

        void assertSameAs(Outcome expected) {
            assertThat(summary.get("status").asString()).isEqualTo("COMPLETED");
            assertThat(summary.get("figures")).isEqualTo(expected.summary.get("figures"));
            assertThat(summary.get("dataIssues")).isEqualTo(expected.summary.get("dataIssues"));
            assertThat(summary.get("reports")).isEqualTo(expected.summary.get("reports"));
            assertThat(summary.get("mails")).isEqualTo(expected.summary.get("mails"));
            assertThat(workbookCells.keySet()).isEqualTo(expected.workbookCells.keySet());
            expected.workbookCells.forEach((file, cells) -> assertThat(workbookCells.get(file)).as(file)
                    .isEqualTo(cells));
            assertThat(mails).isEqualTo(expected.mails);
            assertThat(mailFiles).isEqualTo(expected.mailFiles);
        }
    }

    @AfterEach
    void stopWorkersAndDropQueues() throws Exception {
        for (SatopsProcess worker : workers) {
            worker.kill();
        }
        com.rabbitmq.client.ConnectionFactory broker = new com.rabbitmq.client.ConnectionFactory();
        broker.setHost("127.0.0.1");
        try (com.rabbitmq.client.Connection connection = broker.newConnection();
             com.rabbitmq.client.Channel channel = connection.createChannel()) {
            for (String queue : queues) {
                channel.queueDelete(queue);
            }
        }
    }

    @Test
    void aManagerAndTwoWorkersGiveWhatOneProcessGives() throws Exception {
        // given: what one process gives; then the same company, a fresh database, two workers on a queue of this
        // test's own
        Outcome single = singleProcess(temp.resolve("single"), PROJECTS);
        assertThat(single.workbookCells()).hasSizeGreaterThan(PROJECTS);
        Path home = company(temp.resolve("remote"), PROJECTS);
        ProcessDatabase database = ProcessDatabase.mariaDb();
        String queue = queue();
        SatopsProcess first = worker(home, database, queue, 2);
        SatopsProcess second = worker(home, database, queue, 2);

        // when
        SatopsProcess manager = SatopsProcess.start(home, database, manager(queue));
        int exit = manager.waitFor(TIMEOUT);

        // then
        assertThat(exit).as(manager.log()).isZero();
        Outcome.of(manager, home, database).assertSameAs(single);
        assertThat(partitions(database, "visit-assignment-decide-projects")).isGreaterThanOrEqualTo(200);
        assertThat(partitions(database, "visit-assignment-lists-projects")).isGreaterThanOrEqualTo(200);
        assertThat(first.log()).contains("visit-assignment-lists-projects:partition");
        assertThat(second.log()).contains("visit-assignment-lists-projects:partition");
        // SIGTERM: a worker with nothing running ends by itself
        assertThat(first.stop(Duration.ofSeconds(30))).isNotNegative();
    }

    @Test
    void aWorkerKilledMidPartitionLeavesItToAnotherAndTheFiguresStillMatch() throws Exception {
        // given: two partitions per step, so each takes a while; each worker runs one at a time
        Outcome single = singleProcess(temp.resolve("single"), KILL_TEST_PROJECTS);
        Path home = company(temp.resolve("killed"), KILL_TEST_PROJECTS);
        ProcessDatabase database = ProcessDatabase.mariaDb();
        String queue = queue();
        SatopsProcess killed = worker(home, database, queue, 1);
        SatopsProcess survivor = worker(home, database, queue, 1);

        // when: one worker is killed once its lists partition has committed its first project
        SatopsProcess manager = SatopsProcess.start(home, database,
                Stream.concat(Stream.of(manager(queue)), Stream.of("--satops.remote.partitions=2"))
                        .toArray(String[]::new));
        Matcher started = STARTED.matcher(killed.awaitLog(STARTED.pattern(), TIMEOUT));
        assertThat(started.find()).isTrue();
        long execution = Long.parseLong(started.group(2));
        Awaitility.await().atMost(TIMEOUT).pollInterval(Duration.ofMillis(20))
                .until(() -> commits(database, execution) >= 1);
        killed.kill();
        int exit = manager.waitFor(TIMEOUT);

        // then: the other ran it again from what the dead one had committed
        assertThat(exit).as(manager.log()).isZero();
        assertThat(survivor.log()).contains("visit-assignment-lists-projects:partition" + started.group(1)
                + " (execution " + execution + "): left STARTED by a worker that stopped; running it again");
        Outcome.of(manager, home, database).assertSameAs(single);
    }

    private SatopsProcess worker(Path home, ProcessDatabase database, String queue, int concurrency)
            throws InterruptedException {
        SatopsProcess worker = SatopsProcess.start(home, database, "worker", "--concurrency",
                String.valueOf(concurrency), "--satops.remote.queue=" + queue);
        workers.add(worker);
        worker.awaitLog("Worker ready|工作进程已就绪", TIMEOUT);
        return worker;
    }

    private static String[] manager(String queue) {
        return Stream.concat(Stream.of(RUN), Stream.of("--spring.profiles.active=remote",
                "--satops.remote.queue=" + queue, "--satops.remote.poll-interval=1s")).toArray(String[]::new);
    }

    private String queue() {
        String queue = "satops.test." + UUID.randomUUID();
        queues.add(queue);
        return queue;
    }

    /** The reference: the same company run by one process on a fresh database, no RabbitMQ. */
    private Outcome singleProcess(Path home, int projects) throws Exception {
        company(home, projects);
        ProcessDatabase database = ProcessDatabase.mariaDb();
        SatopsProcess run = SatopsProcess.start(home, database, RUN);
        assertThat(run.waitFor(TIMEOUT)).as(run.log()).isZero();
        Outcome single = Outcome.of(run, home, database);
        assertThat(single.mails()).isNotEmpty();
        return single;
    }

    /**
     * The same generated inbox in every home of a test, generated once and copied. Two households per
     * project: what matters here is how many projects there are.
     */
    private Path company(Path home, int projects) throws Exception {
        Path generated = temp.resolve("generated-inbox");
        if (!Files.isDirectory(generated)) {
            new DemoCompanyGenerator().generate(generated, DemoSpec.asOf(projects * 2, projects, 20261120, AS_OF));
        }
        Path inbox = home.resolve("inbox");
        try (Stream<Path> files = Files.walk(generated)) {
            for (Path file : files.toList()) {
                Path copy = inbox.resolve(generated.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(file, copy);
                }
            }
        }
        return home;
    }

    private static long commits(ProcessDatabase database, long execution) throws Exception {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT COMMIT_COUNT FROM BATCH_STEP_EXECUTION"
                     + " WHERE STATUS = 'STARTED' AND STEP_EXECUTION_ID = " + execution)) {
            return row.next() ? row.getLong(1) : 0;
        }
    }

    private static long partitions(ProcessDatabase database, String step) throws Exception {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
             ResultSet count = statement.executeQuery("SELECT COUNT(*) FROM BATCH_STEP_EXECUTION"
                     + " WHERE STEP_NAME LIKE '" + step + ":partition%'")) {
            count.next();
            return count.getLong(1);
        }
    }
}
