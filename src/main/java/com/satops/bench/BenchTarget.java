package com.satops.bench;

/** What satops aims at on 2 cores (the figures a bench run is read against), each as a bound on a measured ratio. */
public enum BenchTarget {

    IMPORT_VS_LOAD_DATA("importVsLoadData", "roster import vs loadData (rows/s)", true, 0.6),
    IMPORT_VS_BARE_PARSE("importVsBareParse", "import vs bareParse (rows/s)", true, 0.5),
    REPORT_VS_BARE_SXSSF("reportVsBareSxssf", "biggest report vs bareSxssf (seconds)", false, 1.5),
    PEAK_HEAP_MIB("peakHeapMiB", "peak heap of any satops phase (MiB)", false, 256),
    /** The repeated-key import's seconds over {@link BenchFigures#repeatedKeysBoundSeconds} for its size. */
    REPEATED_KEYS_VS_BOUND("repeatedKeysVsBound", "repeated-key import vs 60 s + 1.2 s/MB", false, 1.0),
    REPEATED_KEYS_HEAP_GROWTH_MIB("repeatedKeysHeapGrowthMiB", "repeated-key import heap growth (MiB)", false,
            BenchFigures.REPEATED_KEYS_HEAP_GROWTH_BOUND_MIB),
    /** 256 MiB of the deployment's -Xmx512m: the same peak heap as a share of this run's -Xmx. */
    PEAK_HEAP_OF_MAX_HEAP("peakHeapOfMaxHeap", "peak heap / max heap", false, 0.5);

    private final String key;
    private final String label;
    private final boolean atLeast;
    private final double bound;

    BenchTarget(String key, String label, boolean atLeast, double bound) {
        this.key = key;
        this.label = label;
        this.atLeast = atLeast;
        this.bound = bound;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    /** "min" for a floor, "max" for a ceiling: the JSON name of the bound. */
    public String boundName() {
        return atLeast ? "min" : "max";
    }

    public double bound() {
        return bound;
    }

    public boolean met(double measured) {
        return atLeast ? measured >= bound : measured <= bound;
    }

    public String shown() {
        return (atLeast ? "≥ " : "≤ ") + (bound == Math.rint(bound) ? String.valueOf((long) bound) : String.valueOf(bound));
    }
}
