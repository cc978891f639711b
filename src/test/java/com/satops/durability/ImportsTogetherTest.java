package com.satops.durability;

import static org.assertj.core.api.Assertions.assertThat;

import com.satops.demo.DemoCompanyGenerator;
import com.satops.demo.DemoManifest;
import com.satops.demo.DemoSpec;
import com.satops.support.ProcessDatabase;
import com.satops.support.SatopsProcess;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two different jobs started at the same moment in two processes on one home
 * and one database (on H2 the second process shares the first one's file):
 * both complete, and their imports, one after the other, apply every file once.
 */
class ImportsTogetherTest {

    @TempDir
    Path temp;

    @Test
    void onH2() throws Exception {
        twoJobsStartedTogether(ProcessDatabase::h2);
    }

    @Test
    void onMariaDb() throws Exception {
        twoJobsStartedTogether(home -> ProcessDatabase.mariaDb());
    }

    void twoJobsStartedTogether(Function<Path, ProcessDatabase> databaseOf) throws Exception {
        // given
        Path home = temp.resolve("home");
        DemoManifest company = new DemoCompanyGenerator().generate(home.resolve("inbox"),
                DemoSpec.asOf(4_000, 4, 20261120, CutOffImportTest.AS_OF));
        ProcessDatabase database = databaseOf.apply(home);
        String asOf = CutOffImportTest.AS_OF.toString();
        int files = company.files().values().stream().mapToInt(List::size).sum();

        // when
        String[] presamplingRun = {"run", "presampling-cleanup", "--month", "2026-12", "--as-of", asOf, "--json"};
        String[] visitsRun = {"run", "visit-assignment", "--month", "2026-12", "--as-of", asOf, "--json"};
        SatopsProcess presampling = SatopsProcess.start(home, database, presamplingRun);
        SatopsProcess visits = SatopsProcess.start(home, database, visitsRun);
        int presamplingExit = presampling.waitFor(Duration.ofSeconds(150));
        int visitsExit = visits.waitFor(Duration.ofSeconds(150));

        // then: each completes, at the latest when run again. On H2 the process that opened the file
        // serves it to the other and takes the server with it when it exits: the other's open
        // transaction is rolled back (never half-applied), and the same command restarts it where it stopped.
        assertThat(presamplingExit == 0 ? 0 : rerun(home, database, presamplingRun)).as(presampling.log()).isZero();
        assertThat(visitsExit == 0 ? 0 : rerun(home, database, visitsRun)).as(visits.log()).isZero();
        assertThat(query(database, "SELECT status, COUNT(*) FROM imported_file GROUP BY status"))
                .as("each file applied once, none abandoned half-way")
                .containsExactly("APPLIED|" + files);
        assertThat(query(database, "SELECT COUNT(*) FROM household")).containsExactly(
                String.valueOf(company.households()));
        assertThat(CutOffImportTest.processedFiles(home)).hasSize(files);
        CutOffImportTest.assertEveryProcessedFileIsApplied(home, database);
    }

    private static int rerun(Path home, ProcessDatabase database, String[] command) throws Exception {
        SatopsProcess again = SatopsProcess.start(home, database, command);
        int exit = again.waitFor(Duration.ofSeconds(150));
        assertThat(exit).as(again.log()).isZero();
        return exit;
    }

    static List<String> query(ProcessDatabase database, String sql) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery(sql)) {
            while (row.next()) {
                StringBuilder text = new StringBuilder(row.getString(1));
                for (int column = 2; column <= row.getMetaData().getColumnCount(); column++) {
                    text.append('|').append(row.getString(column));
                }
                rows.add(text.toString());
            }
        }
        return rows;
    }
}
