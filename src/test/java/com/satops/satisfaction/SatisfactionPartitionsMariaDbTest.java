package com.satops.satisfaction;

import com.satops.common.run.JobCatalog;
import com.satops.support.PartitionedRuns;
import com.satops.support.PartitionedRuns.Database;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** satisfaction-summary on MariaDB on one partition and on four: the same figures, workbooks and mails. */
class SatisfactionPartitionsMariaDbTest {

    static final LocalDate AS_OF = LocalDate.of(2026, 11, 20);

    @Test
    void fourPartitionsGiveTheFiguresWorkbooksAndMailsOfOne(@TempDir Path one, @TempDir Path four) {
        PartitionedRuns.assertFourPartitionsAgreeWithOne(Database.MARIADB, one, four, AS_OF, runner -> runner.run(
                JobCatalog.SATISFACTION_SUMMARY.parameters(null, null, AS_OF, List.of(), "zh-CN", AS_OF)));
    }
}
