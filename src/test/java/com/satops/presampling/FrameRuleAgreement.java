package com.satops.presampling;

import static org.assertj.core.api.Assertions.assertThat;

import com.satops.common.config.SatopsProperties;
import com.satops.common.domain.CustomerClass;
import com.satops.common.domain.HandoverStatus;
import com.satops.common.domain.OccupancyStatus;
import com.satops.common.run.JobCatalog;
import com.satops.common.run.JobRunner;
import com.satops.common.run.RunSummary;
import com.satops.demo.DemoCompanyGenerator;
import com.satops.demo.DemoSpec;
import com.satops.support.FreshStart;
import com.satops.support.TestHome;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The set-based frame decision must agree, household by household, with the
 * plain rule that states it: every stored frame row of a generated company is
 * checked against {@link FrameOutcomeRule}. Run on each database by its subclasses.
 */
abstract class FrameRuleAgreement extends FreshStart {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    @Autowired
    JobRunner runner;

    @Autowired
    JdbcTemplate db;

    @Autowired
    SatopsProperties properties;

    @Test
    void everyFrameRowHasTheOutcomeTheRuleGives() throws Exception {
        // given: a generated company with every kind of household, as of the 27th
        new DemoCompanyGenerator().generate(TestHome.DIR.resolve("inbox"), DemoSpec.asOf(600, 2, 7L, TODAY));

        // when
        RunSummary summary = runner.run(JobCatalog.PRESAMPLING_CLEANUP.parameters(YearMonth.of(2026, 12), null,
                TODAY, List.of(), "zh-CN", TODAY));

        // then
        assertThat(summary.status()).isEqualTo("COMPLETED");
        FrameOutcomeRule rule = new FrameOutcomeRule(properties.occupiedStatuses());
        List<Map<String, Object>> rows = db.queryForList("SELECT room_key, outcome, handover_status, "
                + "occupancy_status, customer_class FROM sample_frame WHERE frame_month = '2026-12'");
        assertThat(rows).hasSizeGreaterThan(500);
        for (Map<String, Object> row : rows) {
            FrameOutcome expected = rule.decide(HandoverStatus.valueOf((String) row.get("handover_status")),
                    OccupancyStatus.valueOf((String) row.get("occupancy_status")),
                    CustomerClass.valueOf((String) row.get("customer_class")));
            assertThat(row.get("outcome")).as("outcome of %s", row.get("room_key")).isEqualTo(expected.name());
        }
        assertThat(rows).extracting(r -> r.get("outcome")).contains("ELIGIBLE", "NOT_DELIVERED", "NOT_OCCUPIED",
                "BLACK");
    }
}
