package com.satops.common.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.satops.bench.BenchFigures;
import com.satops.bench.HeapWatch;
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

    /** What the import may hold above the live heap it started from, whatever the file's size. */
    static final long HEAP_GROWTH_BOUND_MIB = 128;

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
        long started = System.nanoTime();
        RunSummary summary;
        try (heap) {
            summary = runner.run(JobCatalog.IMPORT.parameters(null, null, InboxRows.AS_OF, List.of(), "zh-CN",
                    InboxRows.AS_OF));
            heap.checkLive();
        }
        double seconds = (System.nanoTime() - started) / 1e9;

        // then
        double bound = BenchFigures.repeatedKeysBoundSeconds(log.megabytes());
        long growthMiB = (heap.peakLiveBytes() - heap.baselineBytes()) >> 20;
        System.out.printf("%s: %.0f MB repeated-key CSV (%,d rows, %,d issues): %.1f s (bound %.0f s), "
                        + "live heap after GC %d MiB at start, peak %d MiB (+%d MiB, bound +%d MiB); "
                        + "used heap sampled peak %d MiB%n",
                database(), log.megabytes(), log.rows(), log.issues(), seconds, bound, heap.baselineBytes() >> 20,
                heap.peakLiveBytes() >> 20, growthMiB, HEAP_GROWTH_BOUND_MIB, heap.peakUsedBytes() >> 20);

        assertThat(summary.status()).isEqualTo("COMPLETED");
        assertThat(((Number) summary.figures().get("rows.patrol")).longValue()).isEqualTo(log.rows());
        assertThat(db.queryForObject("SELECT COUNT(*) FROM patrol_issue", Long.class)).isEqualTo(log.issues());
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

        assertThat(seconds).isLessThanOrEqualTo(bound);
        assertThat(growthMiB).isLessThanOrEqualTo(HEAP_GROWTH_BOUND_MIB);
    }
}
