package com.satops.common.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.satops.common.run.JobCatalog;
import com.satops.common.run.JobRunner;
import com.satops.common.run.RunSummary;
import com.satops.support.FreshStart;
import com.satops.support.H2Database;
import com.satops.support.TestHome;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** What the next import does with what a crashed one left between the database and the folders. */
@H2Database
class CutOffImportRecoveryH2Test extends FreshStart {

    @Autowired
    JobRunner runner;

    @Autowired
    JdbcTemplate db;

    RunSummary importNow() {
        return runner.run(JobCatalog.IMPORT.parameters(null, null, InboxImportScenario.AS_OF, List.of(), "zh-CN",
                InboxImportScenario.AS_OF));
    }

    @Test
    void anAppliedFileStillInTheInboxIsMovedWithoutBeingAppliedOrCountedAgain() throws Exception {
        // given: a roster applied, then the process died after the commit, before the move
        InboxImportScenario.dropRoster();
        importNow();
        Path processed = processedFiles().get(0);
        Path waiting = TestHome.inbox("erp").resolve(processed.getFileName());
        Files.move(processed, waiting, StandardCopyOption.ATOMIC_MOVE);
        db.update("UPDATE imported_file SET moved_at = NULL");
        int issues = db.queryForObject("SELECT COUNT(*) FROM data_issue", Integer.class);

        // when
        RunSummary summary = importNow();

        // then
        assertThat(summary.status()).isEqualTo("COMPLETED");
        assertThat(waiting).doesNotExist();
        assertThat(processedFiles()).hasSize(1);
        assertThat(db.queryForList("SELECT status FROM imported_file", String.class)).containsExactly("APPLIED");
        assertThat(db.queryForObject("SELECT COUNT(*) FROM data_issue", Integer.class)).isEqualTo(issues);
        assertThat(db.queryForObject("SELECT COUNT(*) FROM imported_file WHERE moved_at IS NULL", Integer.class))
                .isZero();
    }

    @Test
    void aFileInProcessedThatNoImportAppliedIsReported() throws Exception {
        // given
        Path day = Files.createDirectories(TestHome.DIR.resolve("inbox/processed/2026-11-19"));
        Files.writeString(day.resolve("erp-lost.csv"), "项目编码,项目名称,楼栋,单元,房号,片区,交房状态,入住状态\n");

        // when
        RunSummary summary = importNow();

        // then
        assertThat(summary.dataIssues()).isEqualTo(1);
        assertThat(db.queryForObject("SELECT reason FROM data_issue WHERE file_name = 'erp-lost.csv'", String.class))
                .contains("inbox/processed/2026-11-19/erp-lost.csv");
    }

    static List<Path> processedFiles() throws Exception {
        try (Stream<Path> files = Files.walk(TestHome.DIR.resolve("inbox/processed"))) {
            return files.filter(Files::isRegularFile).toList();
        }
    }
}
