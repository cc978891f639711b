package com.satops.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.satops.support.EnglishLocale;
import com.satops.support.ProcessDatabase;
import com.satops.support.SatopsProcess;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The command line as a script calls it: exit codes, --help, and `--json` printing only the summary. */
@ExtendWith(EnglishLocale.class)
class SatopsCliTest {

    @TempDir
    Path home;

    @Test
    void importWithJsonPrintsOnlyTheRunSummaryAndExitsZero() throws Exception {
        Files.createDirectories(home.resolve("inbox/erp"));
        Files.writeString(home.resolve("inbox/erp/erp.csv"), """
                项目编码,项目名称,楼栋,单元,房号,片区,交房状态,入住状态
                XXHY,星河湾,3,2,1502,A区,已交房,常住
                """);

        Result result = run("import", "--home", home.toString(), "--json");

        assertThat(result.exit).isZero();
        JsonNode summary = JsonMapper.builder().build().readTree(result.out.strip());
        assertThat(summary.get("job").asString()).isEqualTo("import");
        assertThat(summary.get("status").asString()).isEqualTo("COMPLETED");
        assertThat(summary.get("executionId").asLong()).isPositive();
        assertThat(summary.get("figures").get("rows.erp").asLong()).isEqualTo(1);
        assertThat(summary.get("dataIssues").asLong()).isZero();
        assertThat(summary.has("reports")).isTrue();
        assertThat(summary.has("mails")).isTrue();
        assertThat(home.resolve("data")).isDirectory();
    }

    @Test
    void theHomesApplicationYmlIsReadWhereverTheCommandStarts() throws Exception {
        // given: a setting only the home's application.yml makes, and a roster one row in three of which is bad
        Files.writeString(home.resolve("application.yml"), """
                satops:
                  importing:
                    max-reject-rate: 0.5
                """);
        Files.createDirectories(home.resolve("inbox/erp"));
        Files.writeString(home.resolve("inbox/erp/erp.csv"), """
                项目编码,项目名称,楼栋,单元,房号,片区,交房状态,入住状态
                XXHY,星河湾,3,2,1502,A区,已交房,常住
                XXHY,星河湾,3,2,1503,A区,已交房,常住
                XXHY,星河湾,3,2,1504,A区,交了,常住
                """);

        // when: the command runs elsewhere than in its home
        Result result = run("import", "--home", home.toString(), "--json");

        // then: the home's 50 % applies, not the default 5 %
        assertThat(result.exit).as(result.err).isZero();
        JsonNode summary = JsonMapper.builder().build().readTree(result.out.strip());
        assertThat(summary.get("status").asString()).isEqualTo("COMPLETED");
        assertThat(summary.get("dataIssues").asLong()).isEqualTo(1);
        assertThat(home.resolve("inbox/erp/erp.csv")).doesNotExist();
    }

    @Test
    void unknownJobIsBadUsage() {
        Result result = run("run", "no-such-job", "--home", home.toString());

        assertThat(result.exit).isEqualTo(2);
        assertThat(result.err).contains("no-such-job");
    }

    @Test
    void malformedWeekIsBadUsage() {
        assertThat(run("run", "patrol-closeout", "--week", "2026-47", "--home", home.toString()).exit).isEqualTo(2);
    }

    @Test
    void aMissingHomeIsBadUsageAndIsNotCreated() {
        Path missing = home.resolve("no-such-home");

        Result result = run("run", "patrol-closeout", "--home", missing.toString());

        assertThat(result.exit).isEqualTo(2);
        assertOneLine(result.err, "--home", missing.toString(), "does not exist");
        assertThat(missing).doesNotExist();
        assertThat(run("import", "--home", missing.toString()).exit).isEqualTo(2);
        assertThat(run("runs", "--home", missing.toString()).exit).isEqualTo(2);
        assertThat(run("mail", "resend", "--job", "patrol-closeout", "--period", "2026-W47", "--home",
                missing.toString()).exit).isEqualTo(2);
    }

    @Test
    void badUsageInAJvmOfItsOwnLeavesStandardOutputToTheSummaryAndPrintsNoStackTrace() throws Exception {
        SatopsProcess satops = SatopsProcess.start(home, ProcessDatabase.h2(home),
                "run", "presampling-cleanup", "--week", "2026-W01", "--json");

        assertThat(satops.waitFor(Duration.ofSeconds(60))).isEqualTo(2);
        assertThat(satops.stdout()).isEmpty();
        assertOneLine(satops.log(), "presampling-cleanup does not take --week");
        assertThat(satops.log().lines()).hasSize(1);
    }

    @Test
    void anImpossibleMonthIsOneLine() {
        Result result = run("run", "satisfaction-summary", "--month", "2026-13", "--home", home.toString());

        assertThat(result.exit).isEqualTo(2);
        assertOneLine(result.err, "--month", "2026-13", "yyyy-MM");
        assertThat(result.err).doesNotContain("Exception", "java.", "Usage:");
    }

    @Test
    void anOptionTheJobDoesNotTakeIsBadUsage() {
        Result result = run("run", "patrol-closeout", "--month", "2026-11", "--home", home.toString());

        assertThat(result.exit).isEqualTo(2);
        assertOneLine(result.err, "patrol-closeout does not take --month", "--week");
    }

    @Test
    void anUnknownProjectIsOneLineNamingIt() throws Exception {
        Files.createDirectories(home.resolve("inbox/erp"));
        Files.writeString(home.resolve("inbox/erp/erp.csv"), """
                项目编码,项目名称,楼栋,单元,房号,片区,交房状态,入住状态
                XXHY,星河湾,3,2,1502,A区,已交房,常住
                """);

        Result result = run("run", "patrol-closeout", "--project", "ZZZ", "--home", home.toString());

        assertThat(result.exit).isEqualTo(2);
        assertOneLine(result.err, "unknown project ZZZ (--project)", "known projects: XXHY");
        assertThat(home.resolve("inbox/processed")).as("the waiting roster was imported first").isDirectory();
        assertThat(home.resolve("reports")).doesNotExist();
    }

    @Test
    void anUnreachableDatabaseIsOneLine() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }

        Result result = run("runs", "--home", home.toString(), "--spring.profiles.active=mysql",
                "--spring.datasource.url=jdbc:mysql://127.0.0.1:" + closedPort + "/satops?connectTimeout=2000");

        assertThat(result.exit).isEqualTo(1);
        assertOneLine(result.err, "cannot reach the database", "SATOPS_DB_URL");
        assertThat(result.err).doesNotContain("\tat ", "Exception:");
        assertThat(home.resolve("logs/satops.log")).as("the stack trace is in the log")
                .content().contains("Communications link failure");
    }

    @Test
    void theRemoteProfileRefusesTheEmbeddedDatabase() {
        Result result = run("runs", "--home", home.toString(), "--spring.profiles.active=remote");

        assertThat(result.exit).isEqualTo(1);
        assertOneLine(result.err, "The remote profile needs a database the manager and its workers share",
                "--spring.profiles.active=mysql,remote");
    }

    @Test
    void aWorkerRunsAtLeastOnePartitionAtATime() {
        Result result = run("worker", "--concurrency", "0", "--home", home.toString());

        assertThat(result.exit).isEqualTo(2);
        assertOneLine(result.err, "--concurrency 0");
    }

    @Test
    void aDatabaseInUseByAnotherProcessIsOneLine() throws Exception {
        // given: another JVM holding the home's H2 database open
        Path holder = home.resolve("HoldDatabase.java");
        Files.writeString(holder, """
                public class HoldDatabase {
                    public static void main(String[] args) throws Exception {
                        try (var connection = java.sql.DriverManager.getConnection(args[0], "sa", "")) {
                            System.out.println("ready");
                            System.out.flush();
                            System.in.read();
                        }
                    }
                }
                """);
        String h2Jar = Path.of(org.h2.Driver.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .toString();
        String java = ProcessHandle.current().info().command().orElse("java");
        Process other = new ProcessBuilder(java, "-cp", h2Jar, holder.toString(),
                "jdbc:h2:file:" + home.resolve("data/satops") + ";MODE=MySQL").redirectErrorStream(true).start();
        try (var lines = new java.io.BufferedReader(new java.io.InputStreamReader(other.getInputStream(),
                StandardCharsets.UTF_8))) {
            assertThat(lines.readLine()).isEqualTo("ready");

            // when
            Result result = run("runs", "--home", home.toString());

            // then
            assertThat(result.exit).isEqualTo(1);
            assertOneLine(result.err, "is in use by another satops process", "satops.mv.db", "wait for it to end");
        } finally {
            other.destroy();
            other.waitFor();
        }
    }

    @Test
    void mailResendQueuesTheMailsOfAPeriodAgainOncePerCall() throws Exception {
        // given: a patrol week mailed to its project manager through the file outbox
        Files.createDirectories(home.resolve("inbox/erp"));
        Files.createDirectories(home.resolve("inbox/staff"));
        Files.createDirectories(home.resolve("inbox/patrol"));
        Files.writeString(home.resolve("inbox/erp/erp.csv"), """
                项目编码,项目名称,楼栋,单元,房号,片区,交房状态,入住状态
                XXHY,星河湾,3,2,1502,A区,已交房,常住
                """);
        Files.writeString(home.resolve("inbox/staff/staff.csv"), """
                工号,姓名,岗位,项目编码,片区,邮箱,在职
                PM1,钱经理,项目经理,XXHY,,pm@example.com,是
                """);
        Files.writeString(home.resolve("inbox/patrol/patrol.csv"), """
                问题编号,项目编码,巡区类型,发现日期,问题描述,状态
                W-1,XXHY,周巡,2026-11-02,草坪枯黄,未整改
                """);
        Result week = run("run", "patrol-closeout", "--week", "2026-W48", "--as-of", "2026-11-30", "--project",
                "XXHY", "--home", home.toString(), "--json");
        assertThat(week.exit).as(week.err).isZero();
        assertThat(JsonMapper.builder().build().readTree(week.out.strip()).get("mails").asLong()).isEqualTo(1);
        assertThat(emlFiles()).isEqualTo(1);

        // when
        Result resend = run("mail", "resend", "--job", "patrol-closeout", "--period", "2026-W48", "--home",
                home.toString());
        Result toOne = run("mail", "resend", "--job", "patrol-closeout", "--period", "2026-W48", "--to",
                "pm@example.com", "--home", home.toString());

        // then
        assertThat(resend.exit).as(resend.err).isZero();
        assertThat(resend.out).contains("Queued 1 mails of patrol-closeout 2026-W48 again", "1 delivered");
        assertThat(toOne.exit).isZero();
        assertThat(emlFiles()).isEqualTo(3);

        // and: a period without mails, and a period the job does not have
        Result none = run("mail", "resend", "--job", "patrol-closeout", "--period", "2026-W40", "--home",
                home.toString());
        assertThat(none.exit).isEqualTo(1);
        assertOneLine(none.err, "no mail of patrol-closeout 2026-W40 to resend");
        Result badPeriod = run("mail", "resend", "--job", "patrol-closeout", "--period", "2026-11", "--home",
                home.toString());
        assertThat(badPeriod.exit).isEqualTo(2);
        assertOneLine(badPeriod.err, "--period 2026-11 is not a period of patrol-closeout");
        assertThat(emlFiles()).isEqualTo(3);
    }

    private long emlFiles() throws IOException {
        try (Stream<Path> files = Files.list(home.resolve("outbox"))) {
            return files.filter(f -> f.toString().endsWith(".eml")).count();
        }
    }

    /** Exactly one line of the command's own on stderr, saying all of {@code parts}; no stack trace. */
    private static void assertOneLine(String err, String... parts) {
        List<String> own = err.lines().filter(line -> line.startsWith("satops: ")).toList();
        assertThat(own).as(err).hasSize(1);
        assertThat(own.get(0)).contains(parts);
        assertThat(err).doesNotContain("\tat ");
    }

    @Test
    void everyCommandHasHelp() {
        for (String command : new String[] {"run", "import", "demo", "bench", "jobs", "runs", "schedules", "serve",
                "mail", "worker"}) {
            Result result = run(command, "--help");
            assertThat(result.exit).as(command).isZero();
            assertThat(result.out).as(command).contains("Usage:");
        }
    }

    @Test
    void jobsListsEveryJob() {
        assertThat(run("jobs").out).contains("presampling-cleanup", "visit-assignment", "patrol-closeout",
                "satisfaction-summary", "service-followup", "import");
    }

    @Test
    void theDailyCheckTakesADateNotAnAsOf() {
        Result result = run("run", "service-followup", "--as-of", "2026-11-10", "--home", home.toString());

        assertThat(result.exit).isEqualTo(2);
        assertThat(result.err).contains("service-followup does not take --as-of");
        assertThat(run("run", "service-followup", "--date", "2026-02-30", "--home", home.toString()).exit)
                .isEqualTo(2);
    }

    private record Result(int exit, String out, String err) {
    }

    private static Result run(String... args) {
        PrintStream originalOut = System.out;
        PrintStream originalErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int exit = SatopsCli.execute(args);
            return new Result(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(originalOut);
            System.setErr(originalErr);
        }
    }
}
