package com.satops.presampling;

import static org.assertj.core.api.Assertions.assertThat;

import com.satops.common.run.JobCatalog;
import com.satops.support.PartitionedRuns;
import com.satops.support.PartitionedRuns.Database;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** presampling-cleanup on one partition and on four: the same figures, workbook and agency CSV. */
class PresamplingPartitionsH2Test {

    static final LocalDate AS_OF = LocalDate.of(2026, 11, 20);

    @Test
    void fourPartitionsGiveTheFiguresAndWorkbookOfOne(@TempDir Path one, @TempDir Path four) {
        assertFourPartitionsAgreeWithOne(Database.H2, one, four);
    }

    static void assertFourPartitionsAgreeWithOne(Database database, Path one, Path four) {
        PartitionedRuns.assertFourPartitionsAgreeWithOne(database, one, four, AS_OF, runner -> runner.run(
                JobCatalog.PRESAMPLING_CLEANUP.parameters(YearMonth.of(2026, 12), null, AS_OF, List.of(), "zh-CN",
                        AS_OF)), false);
        Path csv = Path.of("reports", "2026-12", "sample-frame-2026-12.csv");
        assertThat(four.resolve(csv)).hasSameTextualContentAs(one.resolve(csv));
    }
}
