package com.satops.common.inbox;

import com.satops.common.text.ValueException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Reads a row's cells the FORMATS §1 way: a bad required cell makes the row
 * bad; a bad optional cell is recorded and taken as empty, and the row still applies.
 */
public final class RowCheck {

    private final SourceRow source;
    private final ImportRun run;
    private final List<DataIssue> issues = new ArrayList<>(0);
    private boolean bad;

    public RowCheck(SourceRow source, ImportRun run) {
        this.source = source;
        this.run = run;
    }

    public String required(String key) {
        String value = source.value(key);
        if (value.isEmpty()) {
            reject(key, value, "required value missing");
            return null;
        }
        return value;
    }

    public <T> T required(String key, Function<String, T> parser) {
        String value = required(key);
        return value == null ? null : parse(key, value, parser, true);
    }

    /** The cell's text, or null when blank. */
    public String optional(String key) {
        String value = source.value(key);
        return value.isEmpty() ? null : value;
    }

    public <T> T optional(String key, Function<String, T> parser) {
        String value = optional(key);
        return value == null ? null : parse(key, value, parser, false);
    }

    /** Parses a cell whose requirement depends on the rest of the row. */
    public <T> T parse(String key, String value, Function<String, T> parser, boolean rowFailsOnError) {
        try {
            return parser.apply(value);
        } catch (ValueException e) {
            if (rowFailsOnError) {
                reject(key, value, e.getMessage());
            } else {
                note(key, value, e.getMessage() + "; taken as empty");
            }
            return null;
        }
    }

    /** Makes the row bad: it is skipped and recorded. */
    public void reject(String key, String value, String reason) {
        bad = true;
        issues.add(issue(key, value, reason, true));
    }

    /** Records a problem that does not stop the row from applying. */
    public void note(String key, String value, String reason) {
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

    private DataIssue issue(String key, String value, String reason, boolean skipped) {
        InboxKind kind = source.file().kind();
        String column = key == null ? null : kind.column(key).chineseName();
        return new DataIssue(run.executionId(), run.runKey(), source.file().fileId(), source.file().fileName(),
                source.row().sheet(), source.row().rowNumber(), column, value, reason, skipped);
    }
}
