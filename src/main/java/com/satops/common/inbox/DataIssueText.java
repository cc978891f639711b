package com.satops.common.inbox;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Words data-issue reasons from their message keys (messages/inbox) in a
 * reader's language. Reports and the {@code .errors.csv} call {@link #reason};
 * the importer stores the zh-CN wording beside the key.
 */
@Component
public class DataIssueText {

    /** Reports and stored texts default to the company's language. */
    public static final Locale STORED = Locale.SIMPLIFIED_CHINESE;

    /** Reasons the merge's set-based checks write in SQL: their zh-CN patterns go in as statement parameters. */
    private static final List<String> SQL_REASONS = List.of("unknownProject", "unknownHousehold",
            "visitNotIssued", "visitUnknownProject", "projectNamedByCode");
    private static final String SQL_PREFIX = "inbox.issue.";
    private static final String VALUE_PREFIX = "inbox.value.";

    private final MessageSource messages;
    private final Map<String, String> sqlPatterns;

    public DataIssueText(MessageSource messages) {
        this.messages = messages;
        Map<String, String> patterns = new LinkedHashMap<>();
        for (String name : SQL_REASONS) {
            // no arguments: the pattern comes back raw, {0} still in it, for the statement to fill
            patterns.put(name, messages.getMessage(SQL_PREFIX + name, null, STORED));
        }
        this.sqlPatterns = Map.copyOf(patterns);
    }

    /** The reason of a recorded issue in the reader's language. */
    public String reason(DataIssue issue, Locale locale) {
        return reason(issue.reason(), issue.rowSkipped(), issue.reasonText(), locale);
    }

    /**
     * The reason of an issue as a report reads it from {@code data_issue}: {@code reason_key},
     * {@code reason_arg0..2}, {@code row_skipped} and, for issues recorded before reasons had keys,
     * the stored {@code reason} text, which is then shown as it is.
     */
    public String reason(String reasonKey, List<String> args, boolean rowSkipped, String storedReason,
                         Locale locale) {
        if (reasonKey == null) {
            return storedReason;
        }
        return reason(IssueReason.of(reasonKey, args), rowSkipped, storedReason, locale);
    }

    /** The zh-CN wording stored in {@code data_issue.reason}. */
    public String stored(IssueReason reason, boolean rowSkipped) {
        return reason(reason, rowSkipped, reason.key(), STORED);
    }

    /** The zh-CN patterns of the reasons the merge statements write, by short name ({@code unknownProject}). */
    public Map<String, String> sqlPatterns() {
        return sqlPatterns;
    }

    /** The reason in the reader's language; {@code fallback} (the stored text) for an issue without a key. */
    public String reason(IssueReason reason, boolean rowSkipped, String fallback, Locale locale) {
        if (reason == null) {
            return fallback;
        }
        List<String> args = reason.args();
        String text = messages.getMessage(reason.key(), args.isEmpty() ? null : args.toArray(), fallback, locale);
        // FORMATS §1: a bad value in an optional column is taken as empty and the row still applies
        if (!rowSkipped && reason.key().startsWith(VALUE_PREFIX)) {
            text = messages.getMessage("inbox.value.takenAsEmpty", new Object[] {text}, locale);
        }
        return text;
    }
}
