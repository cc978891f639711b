package com.satops.bench;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What one bench run measured: the phases, the ceilings on the same data, and the
 * ratios against the targets, as the table on standard output and as one JSON object.
 *
 * @param importRoster the import's roster steps alone (stage and merge of the ERP files), against loadData
 * @param rosterParse  the bare parse of the ERP files alone: what the roster's import takes at least
 * @param report       the biggest report and the step that wrote it, against bareSxssf (null: no job ran)
 * @param repeatedKeys the repeated-key patrol log the {@value #REPEATED_KEYS_PHASE} phase imported
 *                     (null: left out)
 */
public record BenchFigures(int households, int projects, String profile, long maxHeapMiB, String loadMethod,
                           List<Measured> phases, List<Measured> ceilings, Measured importRoster,
                           Measured rosterParse, ReportWrite report, RepeatedKeys repeatedKeys) {

    /** The phase that imports a generated log whose keys repeat, after the cycle and apart from it. */
    public static final String REPEATED_KEYS_PHASE = "import-repeated-keys";

    /** What the repeated-key import may hold above the live heap it started from, whatever the file's size. */
    public static final long REPEATED_KEYS_HEAP_GROWTH_BOUND_MIB = 128;

    /**
     * The repeated-key log: its size, its distinct issues, and the live heap (after a forced full
     * collection, every few seconds while it was imported and at the end) before and at its most.
     */
    public record RepeatedKeys(double megabytes, long issues, long liveHeapBaselineMiB, long liveHeapPeakMiB) {

        public long liveHeapGrowthMiB() {
            return liveHeapPeakMiB - liveHeapBaselineMiB;
        }
    }

    /** The biggest report a job wrote: its rows and cells, and the seconds of the step that wrote it. */
    public record ReportWrite(String file, long rows, long cells, String step, double seconds) {
    }

    public BenchFigures {
        phases = List.copyOf(phases);
        ceilings = List.copyOf(ceilings);
    }

    public Optional<Measured> phase(String name) {
        return phases.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    public Optional<Measured> ceiling(String name) {
        return ceilings.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    /** Each target's measured value, null where this run did not measure it. */
    public Map<String, Double> ratios() {
        Map<String, Double> ratios = new LinkedHashMap<>();
        ratios.put(BenchTarget.IMPORT_VS_LOAD_DATA.key(), ceiling("loadData")
                .filter(c -> importRoster != null && c.rowsPerSecond() > 0)
                .map(c -> round(importRoster.rowsPerSecond() / c.rowsPerSecond())).orElse(null));
        ratios.put(BenchTarget.IMPORT_VS_BARE_PARSE.key(), ceiling("bareParse")
                .filter(c -> c.rowsPerSecond() > 0)
                .flatMap(c -> phase("import").map(i -> round(i.rowsPerSecond() / c.rowsPerSecond()))).orElse(null));
        ratios.put(BenchTarget.REPORT_VS_BARE_SXSSF.key(), ceiling("bareSxssf")
                .filter(c -> report != null && c.seconds() > 0)
                .map(c -> round(report.seconds() / c.seconds())).orElse(null));
        long peakHeap = phases.stream().filter(p -> !p.name().equals("generate"))
                .mapToLong(Measured::peakHeapMiB).max().orElse(0);
        ratios.put(BenchTarget.PEAK_HEAP_MIB.key(), (double) peakHeap);
        ratios.put(BenchTarget.PEAK_HEAP_OF_MAX_HEAP.key(), maxHeapMiB > 0 ? round((double) peakHeap / maxHeapMiB)
                : null);
        ratios.put(BenchTarget.REPEATED_KEYS_VS_BOUND.key(), phase(REPEATED_KEYS_PHASE)
                .filter(p -> repeatedKeys != null)
                .map(p -> round(p.seconds() / repeatedKeysBoundSeconds(repeatedKeys.megabytes()))).orElse(null));
        ratios.put(BenchTarget.REPEATED_KEYS_HEAP_GROWTH_MIB.key(),
                repeatedKeys == null ? null : (double) repeatedKeys.liveHeapGrowthMiB());
        return ratios;
    }

    /**
     * The seconds a repeated-key log of that size may take to import on 2 cores: a minute for the run
     * itself and 1.2 s a megabyte, so 200 MB in 5 minutes, where removing the superseded rows in quadratic
     * time had not finished after 22.
     */
    public static double repeatedKeysBoundSeconds(double megabytes) {
        return 60 + 1.2 * megabytes;
    }

    public Map<String, Object> json() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("households", households);
        json.put("projects", projects);
        json.put("profile", profile);
        json.put("maxHeapMiB", maxHeapMiB);
        List<Map<String, Object>> phaseList = new ArrayList<>();
        for (Measured phase : phases) {
            Map<String, Object> entry = measured("phase", phase);
            entry.put("peakHeapMiB", phase.peakHeapMiB());
            entry.put("cpuSeconds", round(phase.cpuSeconds()));
            phaseList.add(entry);
        }
        json.put("phases", phaseList);
        List<Map<String, Object>> ceilingList = new ArrayList<>();
        for (Measured ceiling : ceilings) {
            ceilingList.add(measured("ceiling", ceiling));
        }
        json.put("ceilings", ceilingList);
        json.put("loadDataMethod", loadMethod);
        if (importRoster != null) {
            Map<String, Object> roster = measured("phase", importRoster);
            roster.remove("phase");
            json.put("importRoster", roster);
        }
        if (rosterParse != null) {
            Map<String, Object> parse = measured("phase", rosterParse);
            parse.remove("phase");
            json.put("rosterParse", parse);
        }
        if (report != null) {
            Map<String, Object> biggest = new LinkedHashMap<>();
            biggest.put("file", report.file());
            biggest.put("rows", report.rows());
            biggest.put("cells", report.cells());
            biggest.put("step", report.step());
            biggest.put("seconds", round(report.seconds()));
            json.put("biggestReport", biggest);
        }
        if (repeatedKeys != null) {
            Map<String, Object> repeated = new LinkedHashMap<>();
            repeated.put("megabytes", round(repeatedKeys.megabytes()));
            repeated.put("issues", repeatedKeys.issues());
            repeated.put("boundSeconds", round(repeatedKeysBoundSeconds(repeatedKeys.megabytes())));
            repeated.put("liveHeapBaselineMiB", repeatedKeys.liveHeapBaselineMiB());
            repeated.put("liveHeapPeakMiB", repeatedKeys.liveHeapPeakMiB());
            json.put("repeatedKeys", repeated);
        }
        Map<String, Double> ratios = ratios();
        json.put("ratios", ratios);
        Map<String, Object> targets = new LinkedHashMap<>();
        for (BenchTarget target : BenchTarget.values()) {
            Map<String, Object> bound = new LinkedHashMap<>();
            bound.put(target.boundName(), target.bound());
            Double value = ratios.get(target.key());
            bound.put("met", value == null ? null : target.met(value));
            targets.put(target.key(), bound);
        }
        json.put("targets", targets);
        return json;
    }

    private static Map<String, Object> measured(String nameField, Measured m) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put(nameField, m.name());
        entry.put("seconds", round(m.seconds()));
        entry.put("rows", m.rows());
        entry.put("rowsPerSecond", Math.round(m.rowsPerSecond()));
        return entry;
    }

    /** The ceilings and the ratios, after the phase lines {@link #printPhase} printed as they ran. */
    public void printCeilingsAndRatios(PrintWriter out) {
        out.printf("%n%-40s %10s %12s %12s%n", "ceiling", "seconds", "rows", "rows/s");
        for (Measured ceiling : ceilings) {
            String name = ceiling.name().equals("loadData") ? "loadData: " + loadMethod : ceiling.name();
            out.printf("%-40s %10.1f %,12d %,12d%n", name, ceiling.seconds(), ceiling.rows(),
                    Math.round(ceiling.rowsPerSecond()));
        }
        if (importRoster != null) {
            out.printf("%-40s %10.1f %,12d %,12d%n", "  (import's roster stage + merge)", importRoster.seconds(),
                    importRoster.rows(), Math.round(importRoster.rowsPerSecond()));
        }
        if (rosterParse != null) {
            out.printf("%-40s %10.1f %,12d %,12d%n", "  (bareParse of the rosters alone)", rosterParse.seconds(),
                    rosterParse.rows(), Math.round(rosterParse.rowsPerSecond()));
        }
        if (report != null) {
            out.printf("%-40s %10.1f %,12d %12s%n", "  (report step " + report.step() + ")",
                    report.seconds(), report.rows(), "");
        }
        phase(REPEATED_KEYS_PHASE).filter(p -> repeatedKeys != null)
                .ifPresent(p -> out.printf("%n%s%n", repeatedKeysLine(p, repeatedKeys)));
        out.printf("%n%-40s %10s %10s %s%n", "ratio", "measured", "target", "");
        Map<String, Double> ratios = ratios();
        for (BenchTarget target : BenchTarget.values()) {
            Double value = ratios.get(target.key());
            out.printf("%-40s %10s %10s %s%n", target.label(), value == null ? "-" : shown(value), target.shown(),
                    value == null ? "not measured" : target.met(value) ? "met" : "MISSED");
        }
        out.flush();
    }

    /** The repeated-key import in one line, as the bench and the scale test print it. */
    public static String repeatedKeysLine(Measured phase, RepeatedKeys log) {
        return String.format("%.0f MB repeated-key CSV (%,d rows, %,d issues): %.1f s (bound %.0f s), live heap "
                        + "after GC %d MiB before, peak %d MiB (+%d MiB, bound +%d MiB); sampled used heap peak %d MiB",
                log.megabytes(), phase.rows(), log.issues(), phase.seconds(), repeatedKeysBoundSeconds(log.megabytes()),
                log.liveHeapBaselineMiB(), log.liveHeapPeakMiB(), log.liveHeapGrowthMiB(),
                REPEATED_KEYS_HEAP_GROWTH_BOUND_MIB, phase.peakHeapMiB());
    }

    public static void printHeader(PrintWriter out) {
        out.printf("%-40s %10s %12s %12s %10s %10s%n", "phase", "seconds", "rows", "rows/s", "peak MiB", "JVM cpu s");
    }

    public static void printPhase(PrintWriter out, Measured phase) {
        out.printf("%-40s %10.1f %,12d %,12d %10d %10.1f%n", phase.name(), phase.seconds(), phase.rows(),
                Math.round(phase.rowsPerSecond()), phase.peakHeapMiB(), phase.cpuSeconds());
        out.flush();
    }

    private static String shown(double value) {
        return value == Math.rint(value) && Math.abs(value) >= 10 ? String.valueOf((long) value)
                : String.format("%.2f", value);
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
