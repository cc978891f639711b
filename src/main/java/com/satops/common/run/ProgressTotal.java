package com.satops.common.run;

import java.util.Locale;
import java.util.OptionalLong;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * How far a step is through what it expects to get through in all, and when it
 * will end at its pace so far. The total is items, or bytes for a step reading
 * files. A step whose item count is known up front puts it in its execution
 * context under {@link #TOTAL}; {@link ProgressReporter} keeps {@link #DONE} and
 * {@link #BYTES} there beside it as the step goes, so the console shows the same.
 */
public record ProgressTotal(long done, long total, boolean bytes) {

    /** The execution-context key of what a step expects to get through in all (items unless {@link #BYTES}). */
    public static final String TOTAL = "satops.progress.total";
    /** The execution-context key of how much of {@link #TOTAL} a running step has got through. */
    public static final String DONE = "satops.progress.done";
    /** The execution-context key saying the step's total and done are bytes of files. */
    public static final String BYTES = "satops.progress.bytes";

    /** What a step knows of its own progress in bytes (of the files it reads). */
    public interface Meter {
        long bytesDone();

        long bytesTotal();
    }

    /** The progress stored in a step's execution context, or null when the step has no total. */
    public static ProgressTotal of(ExecutionContext context) {
        if (!context.containsKey(TOTAL) || !context.containsKey(DONE)) {
            return null;
        }
        return new ProgressTotal(context.getLong(DONE), context.getLong(TOTAL),
                context.containsKey(BYTES) && Boolean.TRUE.equals(context.get(BYTES)));
    }

    /** Keeps this progress in a step's execution context. */
    public void store(ExecutionContext context) {
        context.putLong(TOTAL, total);
        context.putLong(DONE, done);
        if (bytes) {
            context.put(BYTES, Boolean.TRUE);
        }
    }

    /** Whole percent done, 0 to 100 (a step past its total is at 100). */
    public int percent() {
        if (total <= 0) {
            return 100;
        }
        return (int) Math.min(100, Math.max(0, done) * 100 / total);
    }

    /**
     * Seconds left at the pace of the seconds so far: none while nothing is done
     * (no pace yet), zero once the total is reached or passed.
     */
    public OptionalLong etaSeconds(double elapsedSeconds) {
        if (done >= total) {
            return OptionalLong.of(0);
        }
        if (done <= 0 || elapsedSeconds <= 0) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Math.round(elapsedSeconds * (total - done) / done));
    }

    /** The total as people read it: {@code 38.2 MB} for bytes, the item count otherwise. */
    public String totalText() {
        if (!bytes) {
            return String.format(Locale.ROOT, "%,d items", total);
        }
        String[] units = {"B", "KB", "MB", "GB", "TB"};
        double size = total;
        int unit = 0;
        while (size >= 1000 && unit < units.length - 1) {
            size /= 1000;
            unit++;
        }
        return unit == 0 ? total + " B" : String.format(Locale.ROOT, "%.1f %s", size, units[unit]);
    }

    /** Seconds as a clock reads them: {@code 0:27}, {@code 12:05}, {@code 1:02:03}. */
    public static String clock(long seconds) {
        long h = seconds / 3600;
        long m = seconds % 3600 / 60;
        long s = seconds % 60;
        return h > 0 ? String.format(Locale.ROOT, "%d:%02d:%02d", h, m, s) : String.format(Locale.ROOT, "%d:%02d", m, s);
    }
}
