package com.satops.visits;

import com.satops.common.run.JobCatalog;
import com.satops.support.PartitionedRuns;
import com.satops.support.PartitionedRuns.Database;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * visit-assignment on one partition and on four, each in its own context, home and
 * database, from the same generated company: the same figures, lists and mails.
 */
abstract class VisitAssignmentPartitionsScenario {

    static final LocalDate AS_OF = LocalDate.of(2026, 11, 20);

    abstract Database database();

    @Test
    void fourPartitionsGiveTheFiguresListsAndMailsOfOne(@TempDir Path one, @TempDir Path four) {
        PartitionedRuns.assertFourPartitionsAgreeWithOne(database(), one, four, AS_OF, runner -> runner.run(
                JobCatalog.VISIT_ASSIGNMENT.parameters(null, null, AS_OF, List.of(), "zh-CN", AS_OF)));
    }
}
