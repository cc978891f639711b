package com.satops.common.report;

import com.satops.common.domain.Labelled;
import com.satops.common.inbox.DataIssueText;
import java.util.Locale;
import org.springframework.context.MessageSource;

/**
 * The wording of one report in its locale, from the {@code messages/report_*}
 * bundles: sheet names, headers, labels and the values they show.
 */
public final class ReportText {

    private final MessageSource messages;
    private final ReportLocale locale;
    private final DataIssueText reasons;

    public ReportText(MessageSource messages, DataIssueText reasons, ReportLocale locale) {
        this.messages = messages;
        this.reasons = reasons;
        this.locale = locale;
    }

    /** The reason of a recorded data issue in this report's language (stored zh-CN text for one without a key). */
    public String dataIssueReason(DataIssueRow issue) {
        return reasons.reason(issue.reasonKey(), issue.reasonArgs(), issue.rowSkipped(), issue.reason(),
                javaLocale());
    }

    public ReportLocale locale() {
        return locale;
    }

    /** The text of {@code key} ({@code report.} is prefixed), with {@code {0}}-style arguments filled in. */
    public String get(String key, Object... args) {
        return messages.getMessage("report." + key, args.length == 0 ? null : args, javaLocale());
    }

    public String yesNo(boolean value) {
        return get(value ? "yes" : "no");
    }

    /** A domain code as reports show it: its Chinese label in zh-CN ({@code 黑色客户}), the code in en ({@code BLACK}). */
    public String code(Labelled value) {
        return locale.code(value);
    }

    public Locale javaLocale() {
        return Locale.forLanguageTag(locale.tag());
    }
}
