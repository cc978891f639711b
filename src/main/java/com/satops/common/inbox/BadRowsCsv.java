package com.satops.common.inbox;

import com.satops.common.text.PhoneMask;
import com.satops.common.text.SpreadsheetText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes {@code <file>.errors.csv} beside a file refused over the reject rate
 * (FORMATS §3): every issue of the file in row order, each bad row among them,
 * so whoever fixes it sees which rows. UTF-8 with a BOM, as Excel opens it; phones
 * masked as in the data-issue sheet.
 */
@Component
public class BadRowsCsv {

    private static final String BYTE_ORDER_MARK = "\uFEFF";
    private static final String[] COLUMNS = {"file", "sheet", "row", "column", "value", "reason"};

    private final DataIssueMapper issues;
    private final DataIssueText text;
    private final MessageSource messages;

    public BadRowsCsv(DataIssueMapper issues, DataIssueText text, MessageSource messages) {
        this.issues = issues;
        this.text = text;
        this.messages = messages;
    }

    private static Path beside(Path file) {
        return file.resolveSibling(file.getFileName() + InboxFolders.BAD_ROWS_SUFFIX);
    }

    public Path write(InboxFile file, Locale locale) {
        Path target = beside(Path.of(file.path()));
        try (Writer out = Files.newBufferedWriter(target, StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            out.write(BYTE_ORDER_MARK);
            for (String column : COLUMNS) {
                csv.print(messages.getMessage("inbox.errors." + column, null, locale));
            }
            csv.println();
            issues.issuesOfFile(file.fileId(), context -> print(csv, context.getResultObject(), locale));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
        return target;
    }

    private void print(CSVPrinter csv, DataIssueMapper.FileIssue issue, Locale locale) {
        try {
            csv.printRecord(issue.fileName(), SpreadsheetText.safe(issue.sheet()), issue.rowNo(),
                    issue.columnName(), SpreadsheetText.safe(PhoneMask.issueValue(issue.columnName(), issue.cellValue())),
                    SpreadsheetText.safe(text.reason(issue.issueReason(), issue.rowSkipped(), issue.reason(), locale)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the bad rows of " + issue.fileName(), e);
        }
    }
}
