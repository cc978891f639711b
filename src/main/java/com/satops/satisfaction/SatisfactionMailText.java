package com.satops.satisfaction;

import com.satops.common.domain.ReasonCategory;
import com.satops.common.mail.MailTable;
import com.satops.common.mail.MailTemplates;
import com.satops.common.report.ReportLocale;
import com.satops.common.text.Percent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Subject and HTML of a scope's summary mail ({@code templates/mail/satisfaction-summary.html}):
 * the headline rate, the change from last month in percentage points, the top reasons
 * (ties at the cut named too), the trend chart inline ({@code cid:chart}) and a pointer
 * to the attached workbook. Wording from the {@code mail} bundle in the report locale.
 */
final class SatisfactionMailText {

    record Mail(String subject, String html) {
    }

    private static final String UP = "#1a7f37";
    private static final String DOWN = "#c62828";
    private static final String SAME = "#222222";

    private final MailTemplates templates;
    private final ReportLocale locale;
    private final int topReasons;

    SatisfactionMailText(MailTemplates templates, ReportLocale locale, int topReasons) {
        this.templates = templates;
        this.locale = locale;
        this.topReasons = topReasons;
    }

    Mail compose(ScopeDigest digest, String workbookName) {
        String month = text("mail.satisfaction.month", String.valueOf(digest.month().getYear()),
                String.valueOf(digest.month().getMonthValue()), digest.month().toString());
        String scope = digest.isCompany() ? text("mail.satisfaction.company")
                : text("mail.satisfaction.project", digest.projectName(), digest.projectCode());
        String subject = text("mail.satisfaction.subject", month, scope, Percent.of(digest.rate()));
        Map<String, Object> model = new HashMap<>();
        model.put("subject", subject);
        model.put("month", month);
        model.put("scope", scope);
        model.put("rate", Percent.of(digest.rate()));
        model.put("responses", digest.responses());
        model.put("satisfied", digest.satisfied());
        BigDecimal change = digest.change().orElse(null);
        model.put("change", change == null ? null : Percent.points(change));
        model.put("changeColor", change == null || change.signum() == 0 ? SAME : change.signum() > 0 ? UP : DOWN);
        model.put("previousRate", Percent.of(digest.previous().rate()));
        List<ReasonCategory> top = digest.topReasons(topReasons);
        model.put("reasons", top.isEmpty() ? null : reasons(digest, top));
        model.put("tied", top.size() > topReasons);
        model.put("unsatisfied", digest.unsatisfied());
        model.put("chartWidth", TrendChartImage.WIDTH);
        model.put("scoredThree", digest.scoredThree());
        model.put("attachment", workbookName);
        return new Mail(subject, templates.html("satisfaction-summary", locale, model));
    }

    private MailTable reasons(ScopeDigest digest, List<ReasonCategory> top) {
        Map<ReasonCategory, BigDecimal> shares = digest.shares();
        List<List<String>> rows = new ArrayList<>();
        for (ReasonCategory category : top) {
            rows.add(List.of(CategoryNames.inMail(category, templates, locale), String.valueOf(digest.reasons().get(category)),
                    Percent.of(shares.get(category))));
        }
        return new MailTable(List.of(text("mail.satisfaction.column.reason"), text("mail.satisfaction.column.count"),
                text("mail.satisfaction.column.share")), rows, Set.of(1, 2));
    }

    private String text(String key, Object... args) {
        return templates.text(locale, key, args);
    }
}
