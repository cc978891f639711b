package com.satops.durability;

import static org.assertj.core.api.Assertions.assertThat;

import com.satops.common.run.JobCatalog;
import com.satops.common.run.JobRunner;
import com.satops.common.run.RunParameters;
import com.satops.common.run.RunSummary;
import com.satops.demo.DemoCompanyGenerator;
import com.satops.demo.DemoManifest;
import com.satops.demo.DemoSpec;
import com.satops.support.FreshStart;
import com.satops.support.H2Database;
import com.satops.support.TestHome;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two jobs started together in one process (as the scheduler and the admin API
 * may): their imports take turns on the import lock, their stage steps each get
 * their own reader and processor, and both end with the figures a run alone gets.
 */
@H2Database
class JobsTogetherInOneProcessTest extends FreshStart {

    @Autowired
    JobRunner runner;

    @Autowired
    JdbcTemplate db;

    @Test
    void twoJobsStartedTogetherBothCompleteWithTheFiguresOfARunAlone() throws Exception {
        // given
        DemoManifest company = new DemoCompanyGenerator().generate(TestHome.DIR.resolve("inbox"),
                DemoSpec.asOf(1_500, 3, 20261120, CutOffImportTest.AS_OF));
        int files = company.files().values().stream().mapToInt(List::size).sum();
        RunParameters presampling = parameters(JobCatalog.PRESAMPLING_CLEANUP);
        RunParameters visits = parameters(JobCatalog.VISIT_ASSIGNMENT);

        // when
        CompletableFuture<RunSummary> first = CompletableFuture.supplyAsync(() -> runner.run(presampling));
        CompletableFuture<RunSummary> second = CompletableFuture.supplyAsync(() -> runner.run(visits));
        RunSummary together1 = first.get(5, TimeUnit.MINUTES);
        RunSummary together2 = second.get(5, TimeUnit.MINUTES);
        RunSummary alone1 = runner.run(presampling);
        RunSummary alone2 = runner.run(visits);

        // then
        assertThat(together1.status()).as(together1.message()).isEqualTo("COMPLETED");
        assertThat(together2.status()).as(together2.message()).isEqualTo("COMPLETED");
        assertThat(db.queryForList("SELECT status, COUNT(*) FROM imported_file GROUP BY status"))
                .hasSize(1).first().extracting(row -> row.values().stream().map(String::valueOf).toList())
                .isEqualTo(List.of("APPLIED", String.valueOf(files)));
        assertThat(db.queryForObject("SELECT COUNT(*) FROM household", Integer.class)).isEqualTo(company.households());
        assertThat(together1.figures()).isEqualTo(alone1.figures());
        assertThat(together2.figures()).isEqualTo(alone2.figures());
        assertThat(together1.dataIssues()).isEqualTo(alone1.dataIssues());
    }

    static RunParameters parameters(JobCatalog job) {
        return job.parameters(null, null, CutOffImportTest.AS_OF, List.of(), "zh-CN", CutOffImportTest.AS_OF);
    }
}
