package com.satops.common.inbox;

import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/** Starts the check of one row, with the column limits and the wording every check shares. */
@Component
public class RowChecks {

    private final Supplier<ColumnLimits> limits;
    private final DataIssueText text;

    @Autowired
    public RowChecks(StagingColumnLimits limits, DataIssueText text) {
        this(limits::current, text);
    }

    public RowChecks(Supplier<ColumnLimits> limits, DataIssueText text) {
        this.limits = limits;
        this.text = text;
    }

    public RowCheck of(SourceRow source, ImportRun run) {
        return new RowCheck(source, run, limits.get(), text);
    }
}
