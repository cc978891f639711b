package com.satops.common.inbox;

import com.satops.common.table.TableRow;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Rows of a kind as the table reader hands them over, and the checks that stage them, for plain tests. */
public final class InboxRows {

    public static final LocalDate AS_OF = LocalDate.of(2026, 11, 20);
    public static final ImportRun RUN = new ImportRun(7L, "import|2026-11-20", AS_OF, AS_OF);

    private InboxRows() {
    }

    /** The inbox wording as the application reads it. */
    public static DataIssueText text() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("messages/inbox");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return new DataIssueText(messages);
    }

    /** Checks with the limits of a few columns as the schema declares them. */
    public static RowChecks checks() {
        ColumnLimits limits = ColumnLimits.of(List.of(
                new ColumnLimits.StagingColumn("STG_ERP", "PROJECT_CODE", 32),
                new ColumnLimits.StagingColumn("STG_ERP", "OWNER_NAME", 200),
                new ColumnLimits.StagingColumn("STG_ERP", "BUILDING", 32),
                new ColumnLimits.StagingColumn("stg_crm", "note", 2000),
                new ColumnLimits.StagingColumn("stg_crm", "room_key", 64),
                new ColumnLimits.StagingColumn("stg_crm", "marked_on", null),
                new ColumnLimits.StagingColumn("stg_staff", "staff_name", 100),
                new ColumnLimits.StagingColumn("stg_staff", "email", 200),
                new ColumnLimits.StagingColumn("stg_survey", "reason", 4000),
                new ColumnLimits.StagingColumn("stg_patrol", "description", 4000),
                new ColumnLimits.StagingColumn("stg_visit", "request", 4000)));
        return new RowChecks(() -> limits, text());
    }

    /** A row of a kind as {@link #row} makes it, from typical cells and the changes a test makes to them. */
    public static SourceRow changed(InboxKind kind, String[] typical, String... changes) {
        String[] all = new String[typical.length + changes.length];
        System.arraycopy(typical, 0, all, 0, typical.length);
        System.arraycopy(changes, 0, all, typical.length, changes.length);
        return row(kind, all);
    }

    /** Row 5 of sheet Sheet1 of a file of the kind; keys and values alternate, a later key wins. */
    public static SourceRow row(InboxKind kind, String... keysAndValues) {
        Map<String, String> values = new HashMap<>();
        kind.columns().forEach(c -> values.put(c.key(), ""));
        for (int i = 0; i < keysAndValues.length; i += 2) {
            values.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        InboxFile file = new InboxFile(3L, kind, kind.folder() + "-2026-11.xlsx", "/inbox/" + kind.folder(), "sha");
        return new SourceRow(file, new TableRow("Sheet1", 5, values));
    }
}
