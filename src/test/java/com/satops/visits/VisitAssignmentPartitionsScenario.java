package com.satops.visits;

import static org.assertj.core.api.Assertions.assertThat;

import com.satops.common.run.JobCatalog;
import com.satops.demo.DemoCompanyGenerator;
import com.satops.demo.DemoSpec;
import com.satops.support.PartitionedRuns;
import com.satops.support.PartitionedRuns.Database;
import com.satops.support.PartitionedRuns.Outcome;
import java.io.IOException;
import java.io.UncheckedIOException;
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
        // when
        Outcome single = PartitionedRuns.run(database(), 1, one, VisitAssignmentPartitionsScenario::company,
                runner -> runner.run(JobCatalog.VISIT_ASSIGNMENT.parameters(null, null, AS_OF, List.of(), "zh-CN",
                        AS_OF)));
        Outcome partitioned = PartitionedRuns.run(database(), 4, four, VisitAssignmentPartitionsScenario::company,
                runner -> runner.run(JobCatalog.VISIT_ASSIGNMENT.parameters(null, null, AS_OF, List.of(), "zh-CN",
                        AS_OF)));

        // then
        assertThat(single.status()).isEqualTo("COMPLETED");
        assertThat(partitioned.status()).isEqualTo("COMPLETED");
        assertThat(single.figures()).containsKey("assigned");
        assertThat(partitioned.figures()).isEqualTo(single.figures());
        assertThat(partitioned.dataIssues()).isEqualTo(single.dataIssues());
        assertThat(single.workbookCells()).hasSizeGreaterThan(5);
        assertThat(partitioned.workbookCells().keySet()).isEqualTo(single.workbookCells().keySet());
        single.workbookCells().forEach((file, cells) ->
                assertThat(partitioned.workbookCells().get(file)).as(file).isEqualTo(cells));
        assertThat(single.mails()).isNotEmpty();
        assertThat(partitioned.mails()).isEqualTo(single.mails());
        assertThat(partitioned.mailFiles()).isEqualTo(single.mailFiles()).isEqualTo(single.mails().size());
    }

    /** Five projects of different sizes, so four partitions each get work and one gets two. */
    static void company(Path inbox) {
        try {
            new DemoCompanyGenerator().generate(inbox, DemoSpec.asOf(1_500, 5, 20261120, AS_OF));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
