package com.satops.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The command line as a script calls it: exit codes, --help, and `--json` printing only the summary. */
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
    void everyCommandHasHelp() {
        for (String command : new String[] {"run", "import", "demo", "bench", "jobs", "runs", "schedules", "serve"}) {
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
