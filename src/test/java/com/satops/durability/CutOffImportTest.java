package com.satops.durability;

import static org.assertj.core.api.Assertions.assertThat;

import com.satops.common.inbox.ContentHash;
import com.satops.demo.DemoCompanyGenerator;
import com.satops.demo.DemoSpec;
import com.satops.support.DatabaseContent;
import com.satops.support.ProcessDatabase;
import com.satops.support.SatopsProcess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * kill -9 in the middle of a multi-file ERP import, then the same run again:
 * everything ends as after one uninterrupted run, and at no moment is a file in
 * processed/ whose rows the database does not hold.
 */
class CutOffImportTest {

    static final LocalDate AS_OF = LocalDate.of(2026, 11, 20);
    static final String[] RUN = {"run", "presampling-cleanup", "--month", "2026-12", "--as-of", AS_OF.toString(),
            "--json"};
    static final Duration RUN_TIMEOUT = Duration.ofSeconds(120);

    @TempDir
    Path temp;

    @Test
    void onH2() throws Exception {
        killDuringTheErpMergeThenRunAgain(ProcessDatabase::h2);
    }

    @Test
    void onMariaDb() throws Exception {
        killDuringTheErpMergeThenRunAgain(home -> ProcessDatabase.mariaDb());
    }

    /** Killed as the CRM marks have merged: the surveys' bulk load is under way, or about to start. */
    @Test
    void duringTheSurveyStagingOnMariaDb() throws Exception {
        killThenRunAgain(home -> ProcessDatabase.mariaDb(), "客户分类-.*: APPLIED in");
    }

    void killDuringTheErpMergeThenRunAgain(Function<Path, ProcessDatabase> databaseOf) throws Exception {
        killThenRunAgain(databaseOf, "房屋台账-.*: APPLIED in");
    }

    void killThenRunAgain(Function<Path, ProcessDatabase> databaseOf, String killedAfter) throws Exception {
        // given: the same generated company twice; one home runs straight through
        Path reference = sampleCompany(temp.resolve("reference"));
        ProcessDatabase referenceDb = databaseOf.apply(reference);
        SatopsProcess straight = SatopsProcess.start(reference, referenceDb, RUN);
        assertThat(straight.waitFor(RUN_TIMEOUT)).as(straight.log()).isZero();
        Map<String, List<String>> expected = DatabaseContent.of(referenceDb);

        // when: the other is killed once the log says so (the first roster merged: the next ones merge)
        Path home = sampleCompany(temp.resolve("killed"));
        ProcessDatabase database = databaseOf.apply(home);
        SatopsProcess cutOff = SatopsProcess.start(home, database, RUN);
        cutOff.awaitLog(killedAfter, RUN_TIMEOUT);
        cutOff.kill();
        assertEveryProcessedFileIsApplied(home, database);
        SatopsProcess again = SatopsProcess.start(home, database, RUN);
        int exit = again.waitFor(RUN_TIMEOUT);

        // then
        assertThat(exit).as(again.log()).isZero();
        assertEveryProcessedFileIsApplied(home, database);
        Map<String, List<String>> actual = DatabaseContent.of(database);
        for (String table : expected.keySet()) {
            assertThat(actual.get(table)).as(table).hasSameSizeAs(expected.get(table))
                    .containsExactlyElementsOf(expected.get(table));
        }
        JsonNode straightSummary = summary(straight);
        JsonNode againSummary = summary(again);
        assertThat(againSummary.get("status").asString()).isEqualTo("COMPLETED");
        assertThat(againSummary.get("figures")).isEqualTo(straightSummary.get("figures"));
        assertThat(againSummary.get("dataIssues")).isEqualTo(straightSummary.get("dataIssues"));
        assertThat(processedNames(home)).isEqualTo(processedNames(reference));
        assertThat(waiting(home, "erp")).isEmpty();
    }

    static Path sampleCompany(Path home) throws Exception {
        new DemoCompanyGenerator().generate(home.resolve("inbox"), DemoSpec.asOf(5_000, 5, 20261120, AS_OF));
        return home;
    }

    /** The promise that matters: a file leaves the inbox only once its rows are committed. */
    static void assertEveryProcessedFileIsApplied(Path home, ProcessDatabase database) throws Exception {
        try (Connection connection = database.connect();
             PreparedStatement applied = connection.prepareStatement(
                     "SELECT COUNT(*) FROM applied_content WHERE sha256 = ?")) {
            for (Path file : processedFiles(home)) {
                applied.setString(1, ContentHash.sha256(file));
                try (ResultSet count = applied.executeQuery()) {
                    count.next();
                    assertThat(count.getInt(1)).as("%s is in processed/ so its content must be applied", file)
                            .isEqualTo(1);
                }
            }
        }
    }

    static List<Path> processedFiles(Path home) throws Exception {
        Path processed = home.resolve("inbox/processed");
        if (!Files.isDirectory(processed)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(processed)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }

    static List<String> processedNames(Path home) throws Exception {
        return processedFiles(home).stream().map(p -> p.getFileName().toString()).sorted().toList();
    }

    static List<Path> waiting(Path home, String kind) throws Exception {
        try (Stream<Path> files = Files.list(home.resolve("inbox").resolve(kind))) {
            return files.toList();
        }
    }

    static JsonNode summary(SatopsProcess process) {
        return JsonMapper.builder().build().readTree(process.stdout());
    }
}
