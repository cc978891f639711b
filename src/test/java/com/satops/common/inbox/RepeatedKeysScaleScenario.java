package com.satops.common.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.satops.bench.BenchFigures;
import com.satops.bench.HeapWatch;
import com.satops.bench.Measured;
import com.satops.bench.PhaseMeter;
import com.satops.common.run.JobCatalog;
import com.satops.common.run.JobRunner;
import com.satops.common.run.RunSummary;
import com.satops.demo.RepeatedKeyPatrolLog;
import com.satops.support.FreshStart;
import com.satops.support.TestHome;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A patrol log of a few hundred megabytes in which most issues are listed two or
 * three times, imported by the real import: the superseded rows leave staging in
 * time linear in the file, so it imports within the bench's bound, the last
 * listing of each issue wins, and the heap the import holds stays flat. The heap
 * is the live heap, measured after a forced full collection every two seconds
 * while the import runs and once at its end, above the live heap before it.
 */
abstract class RepeatedKeysScaleScenario extends FreshStart {

    @Autowired
    JobRunner runner;

    @Autowired
    JdbcTemplate db;

    /** The size of the generated log. */
    abstract int megabytes();

    /** Which database, for the printed line. */
    abstract String database();

    @AfterEach
    void dropTheBigFile() {
        TestHome.clear();
    }

    @Test
    void aLogWithRepeatedKeysImportsWithinItsBoundInAFlatHeap() throws Exception {
        // given
        RepeatedKeyPatrolLog.Written log = RepeatedKeyPatrolLog.write(TestHome.DIR.resolve("inbox"), megabytes(),
                InboxRows.AS_OF, 11L);

        // when
        HeapWatch heap = HeapWatch.withLiveChecks(Duration.ofSeconds(2));
        PhaseMeter.Metered<RunSummary> imported = PhaseMeter.measure(BenchFigures.REPEATED_KEYS_PHASE,
                () -> runner.run(JobCatalog.IMPORT.parameters(null, null, InboxRows.AS_OF, List.of(), "zh-CN",
                        InboxRows.AS_OF)),
                s -> ((Number) s.figures().get("rows." + InboxKind.PATROL.folder())).longValue(), heap);

        // then
        RunSummary summary = imported.result();
        Measured phase = imported.measured();
        BenchFigures.RepeatedKeys figures = new BenchFigures.RepeatedKeys(log.megabytes(), log.issues(),
                heap.baselineBytes() >> 20, heap.peakLiveBytes() >> 20);
        System.out.println(database() + ": " + BenchFigures.repeatedKeysLine(phase, figures));

        assertThat(summary.status()).isEqualTo("COMPLETED");
        assertThat(phase.rows()).isEqualTo(log.rows());
        assertThat(db.queryForObject("SELECT COUNT(*) FROM patrol_issue", Long.class)).isEqualTo(log.issues());
        // the file's applied rows are its issues: an earlier listing replaced by a later one is not counted
        assertThat(db.queryForObject("SELECT SUM(applied_rows) FROM imported_file WHERE kind = 'PATROL'",
                Long.class)).isEqualTo(log.issues());
        // the last listing of every issue won: closed, and its place says which listing it was
        assertThat(db.queryForObject("SELECT COUNT(*) FROM patrol_issue WHERE status <> 'CLOSED' OR closed_on IS NULL",
                Long.class)).isZero();
        Map<String, Long> byPlace = new HashMap<>();
        db.query("SELECT location, COUNT(*) AS issues FROM patrol_issue GROUP BY location",
                (java.sql.ResultSet r) -> {
                    byPlace.put(r.getString("location"), r.getLong("issues"));
                });
        assertThat(byPlace).isEqualTo(log.issuesByLastListing());
        // only the planted rows are data issues, each once
        assertThat(db.queryForList("SELECT DISTINCT reason_key FROM data_issue", String.class))
                .containsExactly("inbox.issue.unknownProject");
        assertThat(db.queryForObject("SELECT COUNT(*) FROM data_issue", Long.class)).isEqualTo(log.plantedBadRows());
        assertThat(db.queryForObject("SELECT COUNT(*) FROM stg_patrol", Long.class)).isZero();
        assertThat(db.queryForObject("SELECT COUNT(*) FROM stg_dropped_row", Long.class)).isZero();

        assertThat(phase.seconds()).isLessThanOrEqualTo(BenchFigures.repeatedKeysBoundSeconds(log.megabytes()));
        assertThat(figures.liveHeapGrowthMiB()).isLessThanOrEqualTo(BenchFigures.REPEATED_KEYS_HEAP_GROWTH_BOUND_MIB);
    }
}
