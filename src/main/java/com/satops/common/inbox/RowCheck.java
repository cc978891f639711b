package com.satops.common.inbox;

import com.satops.common.text.ValueException;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.Function;

/**
 * Reads a row's cells the FORMATS §1 way: a bad required cell makes the row
 * bad; a bad optional cell is recorded and taken as empty, and the row still
 * applies. A text longer than its column makes the row bad whatever the column:
 * storing it cut would change what the file said.
 */
public final class RowCheck {

    /** The key every kind names its 项目编码 column by (FORMATS §2), and that column's width in the database. */
    private static final String PROJECT_CODE = "project_code";
    private static final int PROJECT_CODE_LENGTH = 32;

    private final SourceRow source;
    private final ImportRun run;
    private final ColumnLimits limits;
    private final DataIssueText text;
    private final List<DataIssue> issues = new ArrayList<>(0);
    private boolean bad;

    RowCheck(SourceRow source, ImportRun run, ColumnLimits limits, DataIssueText text) {
        this.source = source;
        this.run = run;
        this.limits = limits;
        this.text = text;
    }

    public String required(String key) {
        String value = source.value(key);
        if (value.isEmpty()) {
            reject(key, value, IssueReason.of("inbox.row.requiredMissing"));
            return null;
        }
        return fitting(key, value);
    }

    public <T> T required(String key, Function<String, T> parser) {
        String value = source.value(key);
        if (value.isEmpty()) {
            reject(key, value, IssueReason.of("inbox.row.requiredMissing"));
            return null;
        }
        return parse(key, value, parser, true);
    }

    /** The cell's text, or null when blank (or too long: the row is then bad). */
    public String optional(String key) {
        String value = source.value(key);
        return value.isEmpty() ? null : fitting(key, value);
    }

    public <T> T optional(String key, Function<String, T> parser) {
        String value = source.value(key);
        return value.isEmpty() ? null : parse(key, value, parser, false);
    }

    /** Parses a cell whose requirement depends on the rest of the row; a parsed text must fit its column. */
    public <T> T parse(String key, String value, Function<String, T> parser, boolean rowFailsOnError) {
        T parsed;
        try {
            parsed = parser.apply(value);
        } catch (ValueException e) {
            IssueReason reason = IssueReason.of(e.key(), e.args());
            if (rowFailsOnError) {
                reject(key, value, reason);
            } else {
                note(key, value, reason);
            }
            return null;
        }
        if (parsed instanceof String parsedText && fitting(key, parsedText) == null) {
            return null;
        }
        return parsed;
    }

    /** Makes the row bad: it is skipped and recorded. */
    public void reject(String key, String value, IssueReason reason) {
        bad = true;
        issues.add(issue(key, value, reason, true));
    }

    /** Records a problem that does not stop the row from applying. */
    public void note(String key, String value, IssueReason reason) {
        issues.add(issue(key, value, reason, false));
    }

    public boolean isBad() {
        return bad;
    }

    public StagedRow result(Object record) {
        return new StagedRow(bad ? null : record, issues);
    }

    public int rowNo() {
        return source.row().rowNumber();
    }

    public String sheet() {
        return source.row().sheet();
    }

    public long fileId() {
        return source.file().fileId();
    }

    /** The text, or null with the row made bad when it is longer than its column. */
    private String fitting(String key, String value) {
        OptionalInt limit = limits.limit(source.file().kind(), key);
        if (limit.isPresent() && value.length() > limit.getAsInt()) {
            reject(key, value, IssueReason.of("inbox.value.tooLong", value.length(), limit.getAsInt()));
            return null;
        }
        return value;
    }

    private DataIssue issue(String key, String value, IssueReason reason, boolean skipped) {
        InboxKind kind = source.file().kind();
        String column = key == null ? null : kind.column(key).chineseName();
        return new DataIssue(run.executionId(), run.runKey(), source.file().fileId(), source.file().fileName(),
                source.row().sheet(), source.row().rowNumber(), column, value, reason,
                text.stored(reason, skipped), skipped, projectCode());
    }

    /**
     * The row's 项目编码 as written, whichever cell is the bad one: it decides which project's workbooks list
     * the issue. Null when blank, or longer than any project code can be (the issue then names no project).
     */
    private String projectCode() {
        String code = source.value(PROJECT_CODE).strip();
        return code.isEmpty() || code.length() > PROJECT_CODE_LENGTH ? null : code;
    }
}
