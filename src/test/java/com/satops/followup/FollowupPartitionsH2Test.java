package com.satops.followup;

import com.satops.common.run.JobCatalog;
import com.satops.common.run.RunRequest;
import com.satops.support.PartitionedRuns;
import com.satops.support.PartitionedRuns.Database;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** service-followup on one partition and on four: the same figures, workbooks and mails. */
class FollowupPartitionsH2Test {

    static final LocalDate AS_OF = LocalDate.of(2026, 11, 20);

    @Test
    void fourPartitionsGiveTheFiguresWorkbooksAndMailsOfOne(@TempDir Path one, @TempDir Path four) {
        PartitionedRuns.assertFourPartitionsAgreeWithOne(Database.H2, one, four, AS_OF, runner -> runner.run(
                JobCatalog.SERVICE_FOLLOWUP.parameters(
                        new RunRequest(null, null, AS_OF.minusDays(1).toString(), null, List.of(), "zh-CN"), AS_OF)));
    }
}
