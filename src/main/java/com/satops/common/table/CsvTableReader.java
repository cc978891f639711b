package com.satops.common.table;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;

/**
 * Reads a CSV file as written by Excel or an ERP export: RFC 4180 quoting, any
 * number of fields per record, UTF-8 (with or without BOM) or GB18030.
 *
 * <p>Row numbers are commons-csv record numbers with blank lines kept as
 * records: the 1-based count of every record up to this one, title, header and
 * blank lines included. That is the row Excel shows when it opens the file; it
 * is the physical line number unless a quoted value spans lines.
 *
 * <p>Public only for {@link #charset()}; open it with {@link TableReader#open}.
 */
public final class CsvTableReader implements TableReader {

    private static final int BUFFER_SIZE = 64 * 1024;

    // Blank lines stay records so that record numbers count them as Excel does;
    // trailing data after a closing quote is kept rather than failing the file.
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setIgnoreEmptyLines(false)
            .setIgnoreSurroundingSpaces(false)
            .setAllowMissingColumnNames(true)
            .setTrailingData(true)
            .get();

    private final Path file;
    private final ColumnSet columns;
    private final Charset charset;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final ColumnLayout layout;
    private final String[] values;
    private final CountingInputStream counted;

    CsvTableReader(Path file, ColumnSet columns) throws IOException {
        this.file = file;
        this.columns = columns;
        CharsetSniffer.Detected detected = CharsetSniffer.detect(file);
        this.charset = detected.charset();
        this.values = new String[columns.size()];
        CountingInputStream in = new CountingInputStream(Files.newInputStream(file));
        this.counted = in;
        try {
            in.skipNBytes(detected.bytesToSkip());
            this.parser = CSVParser.parse(new BufferedReader(new InputStreamReader(in, charset), BUFFER_SIZE), FORMAT);
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
        try {
            this.records = parser.iterator();
            this.layout = locateHeader(new HeaderLocator(columns), detected);
        } catch (IOException | RuntimeException e) {
            parser.close();
            throw e;
        }
    }

    private ColumnLayout locateHeader(HeaderLocator locator, CharsetSniffer.Detected detected) throws IOException {
        int nonEmptyRows = 0;
        CSVRecord record;
        while (nonEmptyRows < HeaderLocator.SEARCH_ROWS && (record = nextRecord()) != null) {
            if (isBlank(record)) {
                continue;
            }
            nonEmptyRows++;
            String[] cells = record.values();
            ColumnLayout found = locator.offer("", rowNumber(record), cells, cells.length);
            if (found != null) {
                return found;
            }
        }
        MissingColumnsException missing = locator.missingColumns(file);
        if (detected.fellBackFromUtf8()) {
            // Most likely UTF-8 with a few broken bytes, whose header GB18030 turned into nonsense
            throw new UnreadableFileException(missing, "inbox.file.brokenUtf8", detected.invalidLine(),
                    detected.invalidByte(), String.join(", ", missing.missingColumns()));
        }
        throw missing;
    }

    /** The encoding the file was read in, for the run log. */
    public Charset charset() {
        return charset;
    }

    @Override
    public TableRow next() throws IOException {
        CSVRecord record;
        while ((record = nextRecord()) != null) {
            if (isBlank(record)) {
                continue;
            }
            Arrays.fill(values, null);
            int width = Math.min(layout.width(), record.size());
            for (int position = 0; position < width; position++) {
                int column = layout.columnAt(position);
                if (column >= 0) {
                    values[column] = record.get(position);
                }
            }
            return columns.row("", rowNumber(record), values);
        }
        return null;
    }

    @Override
    public long bytesRead() {
        return counted.count();
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }

    /** The next record or null at the end; the iterator wraps parse errors, which belong to this file. */
    private CSVRecord nextRecord() throws IOException {
        try {
            return records.hasNext() ? records.next() : null;
        } catch (UncheckedIOException e) {
            throw new IOException(file + ": " + e.getCause().getMessage(), e.getCause());
        }
    }

    private int rowNumber(CSVRecord record) {
        return Math.toIntExact(record.getRecordNumber());
    }

    private static boolean isBlank(CSVRecord record) {
        for (int i = 0; i < record.size(); i++) {
            if (!BlankText.isBlank(record.get(i))) {
                return false;
            }
        }
        return true;
    }
}
