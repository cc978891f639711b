package com.satops.common.run;

/** One figure of a run as {@code run_output} keeps it: its contract name and its number as text. */
public record RunFigure(String name, String value) {
}
