package com.satops.common.table;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Streams the data rows of an input table (xlsx or CSV) one at a time, so a
 * file of a million rows is read in constant memory apart from the workbook's
 * shared strings.
 *
 * <p>The header row is the first row, among a sheet's first 10 non-empty rows,
 * that holds every required column; rows above it (titles) are passed over. In
 * an xlsx every sheet with such a header is read, in workbook order; sheets
 * without one are skipped. Blank rows are skipped and not counted. Readers are
 * not thread-safe.
 */
public interface TableReader extends Closeable {

    /**
     * Opens the file by its extension ({@code .xlsx} or {@code .csv}, any case)
     * and locates the first header row.
     *
     * @throws MissingColumnsException  when no sheet has a header holding all required columns
     * @throws UnreadableFileException when the file is not a readable xlsx or CSV (saying what it is instead)
     * @throws IOException             when the file cannot be read
     */
    static TableReader open(Path file, List<ColumnDef> columns) throws IOException {
        ColumnSet columnSet = new ColumnSet(columns);
        return switch (FileKind.of(file)) {
            case XLSX -> new XlsxTableReader(file, columnSet);
            case CSV -> new CsvTableReader(file, columnSet);
        };
    }

    /** The next non-blank data row, or null after the last one. */
    TableRow next() throws IOException;

    /**
     * About how many bytes of the file have been read so far, for progress (an
     * xlsx says the share of its sheets' XML read, as a share of the file); 0
     * for a reader that cannot tell.
     */
    default long bytesRead() {
        return 0;
    }
}
