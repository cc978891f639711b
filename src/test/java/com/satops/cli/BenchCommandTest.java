package com.satops.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.satops.bench.BenchFigures;
import com.satops.bench.BenchTarget;
import com.satops.common.run.JobCatalog;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** `bench --json` on a small company (H2): one JSON object with every phase, ceiling, ratio and target. No timing is asserted. */
class BenchCommandTest {

    @TempDir
    Path home;

    @Test
    void jsonHoldsEveryPhaseCeilingAndRatio() {
        PrintStream originalOut = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            exit = SatopsCli.execute("bench", "--households", "20000", "--repeated-keys-mb", "2", "--json", "--home",
                    home.toString());
        } finally {
            System.setOut(originalOut);
        }

        assertThat(exit).isZero();
        JsonNode bench = JsonMapper.builder().build().readTree(out.toString(StandardCharsets.UTF_8).strip());
        assertThat(bench.get("households").asInt()).isEqualTo(20000);
        assertThat(bench.get("projects").asInt()).isEqualTo(20);
        assertThat(bench.get("profile").asString()).isEqualTo("h2");
        assertThat(bench.get("maxHeapMiB").asLong()).isPositive();

        List<String> phases = names(bench.get("phases"), "phase");
        List<String> jobs = Stream.of(JobCatalog.values()).filter(j -> j != JobCatalog.IMPORT)
                .map(JobCatalog::jobName).toList();
        assertThat(phases).startsWith("generate", "import").endsWith("cycle", BenchFigures.REPEATED_KEYS_PHASE)
                .contains("presampling-cleanup", "visit-assignment", "patrol-closeout", "satisfaction-summary")
                .doesNotHaveDuplicates();
        assertThat(phases.subList(2, phases.size() - 2)).allMatch(jobs::contains);
        for (JsonNode phase : bench.get("phases")) {
            assertThat(phase.propertyNames()).containsExactly("phase", "seconds", "rows", "rowsPerSecond",
                    "peakHeapMiB", "cpuSeconds");
            assertThat(phase.get("rows").asLong()).as(phase.get("phase").asString()).isPositive();
            assertThat(phase.get("cpuSeconds").asDouble()).as(phase.get("phase").asString()).isPositive();
        }
        assertThat(names(bench.get("ceilings"), "ceiling")).containsExactly("bareParse", "loadData", "bareSxssf");
        for (JsonNode ceiling : bench.get("ceilings")) {
            assertThat(ceiling.propertyNames()).containsExactly("ceiling", "seconds", "rows", "rowsPerSecond");
            assertThat(ceiling.get("rows").asLong()).as(ceiling.get("ceiling").asString()).isPositive();
        }
        for (BenchTarget target : BenchTarget.values()) {
            assertThat(bench.get("ratios").get(target.key()).isNumber()).as(target.key()).isTrue();
            assertThat(bench.get("targets").get(target.key()).get(target.boundName()).asDouble())
                    .isEqualTo(target.bound());
            assertThat(bench.get("targets").get(target.key()).get("met").isBoolean()).isTrue();
        }
        // The bare parse reads what the import reads; the biggest report is the pre-sampling workbook.
        assertThat(ceiling(bench, "bareParse").get("rows").asLong())
                .isEqualTo(bench.get("phases").get(1).get("rows").asLong());
        assertThat(bench.get("importRoster").get("seconds").asDouble()).as("the roster's steps are part of the import")
                .isPositive().isLessThanOrEqualTo(bench.get("phases").get(1).get("seconds").asDouble());
        // The rosters' own parse: the rows the import's roster steps read, in part of the bare parse's time.
        assertThat(bench.get("rosterParse").get("rows").asLong())
                .isEqualTo(bench.get("importRoster").get("rows").asLong());
        assertThat(bench.get("rosterParse").get("seconds").asDouble()).isPositive()
                .isLessThanOrEqualTo(ceiling(bench, "bareParse").get("seconds").asDouble());
        assertThat(bench.get("biggestReport").get("step").asString()).isEqualTo("presampling-workbook");
        assertThat(ceiling(bench, "bareSxssf").get("rows").asLong())
                .isEqualTo(bench.get("biggestReport").get("rows").asLong());
        // The repeated-key log: about the size asked for, its rows those of the phase, its bound beside it.
        JsonNode repeated = bench.get("repeatedKeys");
        assertThat(repeated.get("megabytes").asDouble()).isBetween(1.8, 2.2);
        assertThat(repeated.get("issues").asLong()).isPositive();
        assertThat(repeated.get("liveHeapPeakMiB").asLong())
                .isGreaterThanOrEqualTo(repeated.get("liveHeapBaselineMiB").asLong()).isPositive();
        assertThat(repeated.get("boundSeconds").asDouble())
                .isEqualTo(BenchFigures.repeatedKeysBoundSeconds(repeated.get("megabytes").asDouble()), within(0.01));
        JsonNode phase = bench.get("phases").get(phases.size() - 1);
        assertThat(phase.get("rows").asLong()).isBetween(1_000L, 1_300L);
        assertThat(bench.get("ratios").get(BenchTarget.REPEATED_KEYS_VS_BOUND.key()).asDouble())
                .isEqualTo(phase.get("seconds").asDouble() / repeated.get("boundSeconds").asDouble(), within(0.01));
    }

    private static JsonNode ceiling(JsonNode bench, String name) {
        for (JsonNode ceiling : bench.get("ceilings")) {
            if (ceiling.get("ceiling").asString().equals(name)) {
                return ceiling;
            }
        }
        throw new AssertionError("no ceiling " + name);
    }

    private static List<String> names(JsonNode array, String field) {
        List<String> names = new ArrayList<>();
        array.forEach(node -> names.add(node.get(field).asString()));
        return names;
    }
}
