package com.satops.demo;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** A CSV file written row by row, in one of the encodings Chinese offices send. */
final class CsvTable implements RowSink, InboxFile {

    /** How the bytes of a CSV are encoded. */
    enum Encoding {
        /** Plain UTF-8, as web systems export. */
        UTF8(StandardCharsets.UTF_8, false),
        /** UTF-8 with a byte-order mark, so Excel opens it without mojibake. */
        UTF8_BOM(StandardCharsets.UTF_8, true),
        /** What Chinese Excel's "CSV" save writes; a superset of GBK. */
        GB18030(Charset.forName("GB18030"), false);

        private final Charset charset;
        private final boolean bom;

        Encoding(Charset charset, boolean bom) {
            this.charset = charset;
            this.bom = bom;
        }
    }

    private final Path file;
    private final CSVPrinter printer;

    private CsvTable(Path file, CSVPrinter printer) {
        this.file = file;
        this.printer = printer;
    }

    static CsvTable create(Path file, Encoding encoding) throws IOException {
        Writer writer = Files.newBufferedWriter(file, encoding.charset);
        try {
            if (encoding.bom) {
                writer.write('\uFEFF');
            }
            return new CsvTable(file, new CSVPrinter(writer, CSVFormat.EXCEL));
        } catch (IOException | RuntimeException e) {
            writer.close();
            throw e;
        }
    }

    @Override
    public Path file() {
        return file;
    }

    CsvTable header(String... names) throws IOException {
        printer.printRecord((Object[]) names);
        return this;
    }

    @Override
    public void row(Object... cells) throws IOException {
        Object[] texts = new Object[cells.length];
        for (int i = 0; i < cells.length; i++) {
            texts[i] = text(cells[i]);
        }
        printer.printRecord(texts);
    }

    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof LocalDate day) {
            return day.toString();
        }
        return value.toString();
    }

    @Override
    public void close() throws IOException {
        printer.close(true);
    }
}
