package com.satops.common.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.satops.common.run.JobCatalog;
import com.satops.common.run.JobRunner;
import com.satops.common.run.RunSummary;
import com.satops.support.FreshStart;
import com.satops.support.TestHome;
import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A roster that lists every household twice (an export appended to itself):
 * the superseded rows leave staging in one statement per file, so the import
 * time grows with the file, not with its square, and the heap stays flat.
 */
abstract class RepeatedKeysScaleScenario extends FreshStart {

    /** Quadratic removal made ten times the rows a hundred times slower; linear stays near ten. */
    private static final double MAX_PER_ROW_GROWTH = 3.0;

    @Autowired
    JobRunner runner;

    @Autowired
    JdbcTemplate db;

    /** The rows of the larger file; the smaller has a tenth of them. */
    abstract int largeRows();

    /** Whether the database keeps its tables in this JVM's heap (H2 in memory), so the heap shows them too. */
    abstract boolean databaseInHeap();

    @Test
    void supersededRowsAreRemovedInTimeLinearInTheFile() throws Exception {
        int smallRows = largeRows() / 10;
        Measured small = importRoster(smallRows);
        Measured large = importRoster(largeRows());

        double growth = large.perRowNanos() / small.perRowNanos();
        System.out.printf("repeated-key roster: %,d rows in %,d ms (peak heap %,d MB); %,d rows in %,d ms "
                        + "(peak heap %,d MB); time per row grew %.2fx, bound %.1fx%n",
                smallRows, small.millis(), small.peakHeapMb(), largeRows(), large.millis(), large.peakHeapMb(), growth,
                MAX_PER_ROW_GROWTH);
        assertThat(growth).isLessThanOrEqualTo(MAX_PER_ROW_GROWTH);
        if (!databaseInHeap()) {
            // streamed: ten times the rows need no more heap to speak of (a -Xmx1g test JVM)
            assertThat(large.peakHeapMb()).isLessThan(small.peakHeapMb() + 256);
        }
    }

    private Measured importRoster(int rows) throws Exception {
        flyway.clean();
        flyway.migrate();
        TestHome.clear();
        Path file = TestHome.inbox("erp").resolve("erp-big.csv");
        writeRoster(file, rows);
        HeapPeak heap = HeapPeak.start();
        long started = System.nanoTime();
        RunSummary summary = runner.run(JobCatalog.IMPORT.parameters(null, null, InboxRows.AS_OF, List.of(),
                "zh-CN", InboxRows.AS_OF));
        long nanos = System.nanoTime() - started;
        long peak = heap.stop();

        assertThat(summary.status()).isEqualTo("COMPLETED");
        assertThat(db.queryForObject("SELECT COUNT(*) FROM household", Integer.class)).isEqualTo(rows / 2);
        // the later listing of each household won
        assertThat(db.queryForObject("SELECT COUNT(*) FROM household WHERE zone <> 'B区'", Integer.class)).isZero();
        assertThat(db.queryForObject("SELECT COUNT(*) FROM stg_erp", Integer.class)).isZero();
        return new Measured(rows, nanos, peak);
    }

    /** Every household of 1 … rows/2 in zone A, then all of them again in zone B. */
    private static void writeRoster(Path file, int rows) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("房屋台账导出 2026-11-20\n");
            out.write(InboxImportScenario.header());
            int households = rows / 2;
            for (String zone : new String[] {"A区", "B区"}) {
                for (int i = 0; i < households; i++) {
                    out.write("XXHY,星河湾," + (i / 1000 + 1) + ",1," + (i % 1000 + 1000) + "," + zone
                            + ",业主,138" + (10_000_000 + i) + ",已交房,常住\n");
                }
            }
        }
    }

    private record Measured(int rows, long nanos, long peakHeapBytes) {

        double perRowNanos() {
            return (double) nanos / rows;
        }

        long millis() {
            return nanos / 1_000_000;
        }

        long peakHeapMb() {
            return peakHeapBytes / (1024 * 1024);
        }
    }

    /** The most heap in use while the import runs, sampled by a thread of its own. */
    private static final class HeapPeak {

        private final AtomicLong peak = new AtomicLong();
        private final Thread sampler;
        private volatile boolean running = true;

        private HeapPeak() {
            MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
            sampler = new Thread(() -> {
                while (running) {
                    peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                    try {
                        Thread.sleep(20);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "heap-peak");
            sampler.setDaemon(true);
        }

        static HeapPeak start() {
            System.gc();
            HeapPeak heap = new HeapPeak();
            heap.sampler.start();
            return heap;
        }

        long stop() throws InterruptedException {
            running = false;
            sampler.join();
            return peak.get();
        }
    }
}
