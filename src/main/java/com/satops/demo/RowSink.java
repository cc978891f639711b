package com.satops.demo;

import java.io.IOException;

/**
 * A sheet or CSV file taking rows one at a time. A cell is a {@code String}
 * (text), a {@code Number} (a numeric cell), a {@code LocalDate} (an Excel date
 * cell, or ISO text in a CSV), or null / "" for an empty cell.
 */
interface RowSink {

    void row(Object... cells) throws IOException;
}
