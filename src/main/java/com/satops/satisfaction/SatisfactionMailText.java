package com.satops.satisfaction;

import com.satops.common.domain.ReasonCategory;
import com.satops.common.report.ReportLocale;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.springframework.web.util.HtmlUtils;

/**
 * Subject and HTML body of a scope's summary mail: the headline rate, the change
 * from last month, the top reasons, the trend chart inline ({@code cid:chart})
 * and a pointer to the attached workbook. Chinese by default, English on request.
 */
final class SatisfactionMailText {

    record Mail(String subject, String html) {
    }

    private static final String UP = "#1a7f37";
    private static final String DOWN = "#c62828";

    private final ReportLocale locale;
    private final int topReasons;

    SatisfactionMailText(ReportLocale locale, int topReasons) {
        this.locale = locale;
        this.topReasons = topReasons;
    }

    Mail compose(ScopeDigest digest, String workbookName) {
        String month = monthName(digest);
        String scope = scopeName(digest);
        String subject = locale.pick(
                "满意度月报 " + month + "｜" + scope + " " + Percent.of(digest.rate()),
                "Satisfaction summary " + month + " | " + scope + " " + Percent.of(digest.rate()));
        StringBuilder html = new StringBuilder(4096);
        html.append("<!DOCTYPE html><html><head><meta charset=\"UTF-8\"></head>")
                .append("<body style=\"font-family:'Microsoft YaHei','PingFang SC',Arial,sans-serif;")
                .append("color:#222;font-size:14px\">");
        html.append("<h2 style=\"margin:0 0 12px\">").append(esc(locale.pick(
                month + " 满意度月报 · " + scope, "Satisfaction summary " + month + " · " + scope)))
                .append("</h2>");
        headline(html, digest);
        reasons(html, digest);
        html.append("<h3 style=\"margin:20px 0 6px\">").append(esc(locale.pick("近 12 个月满意度趋势",
                "Satisfaction rate, last 12 months"))).append("</h3>");
        html.append("<img src=\"cid:chart\" width=\"").append(TrendChartImage.WIDTH).append("\" height=\"")
                .append(TrendChartImage.HEIGHT).append("\" alt=\"")
                .append(esc(locale.pick("满意度趋势图", "satisfaction trend chart"))).append("\">");
        html.append("<p>").append(esc(locale.pick(
                "3 分户 " + digest.scoredThree() + " 户（管家重点转化对象），名单及片区管家、原因统计、各月明细见附件 "
                        + workbookName + "。",
                digest.scoredThree() + " households scored 3 (the ones stewards should win over); the list with "
                        + "zone and steward, the reasons and the monthly figures are in the attached "
                        + workbookName + "."))).append("</p>");
        html.append("<p style=\"color:#888;font-size:12px\">").append(esc(locale.pick(
                "满意度 = 考核期内 4-5 分样本 / 考核期样本；非考核期样本不计入。本邮件由 satops 自动发送。",
                "Rate = responses scoring 4 or 5 / responses in the assessment; responses outside the "
                        + "assessment are not counted. Sent by satops.")))
                .append("</p></body></html>");
        return new Mail(subject, html.toString());
    }

    private void headline(StringBuilder html, ScopeDigest digest) {
        html.append("<p style=\"margin:0\"><span style=\"font-size:32px;font-weight:bold\">")
                .append(Percent.of(digest.rate())).append("</span> ")
                .append(esc(locale.pick(
                        "满意度（考核期样本 " + digest.responses() + " 份，满意 " + digest.satisfied() + " 份）",
                        "satisfied (" + digest.satisfied() + " of " + digest.responses()
                                + " responses in the assessment)")))
                .append("</p>");
        html.append("<p style=\"margin:6px 0 0\">");
        if (digest.change().isPresent()) {
            BigDecimal change = digest.change().get();
            String color = change.signum() > 0 ? UP : change.signum() < 0 ? DOWN : "#222";
            html.append(esc(locale.pick("较上月 ", "Change from last month: ")))
                    .append("<b style=\"color:").append(color).append("\">")
                    .append(esc(Percent.points(change) + locale.pick(" 个百分点", " points"))).append("</b>")
                    .append(esc(locale.pick("（上月 " + Percent.of(digest.previous().rate()) + "）",
                            " (last month " + Percent.of(digest.previous().rate()) + ")")));
        } else {
            html.append(esc(locale.pick("上月无考核期样本，无法比较。", "No responses last month to compare with.")));
        }
        html.append("</p>");
    }

    private void reasons(StringBuilder html, ScopeDigest digest) {
        html.append("<h3 style=\"margin:20px 0 6px\">").append(esc(locale.pick("主要不满意原因",
                "Top reasons for dissatisfaction"))).append("</h3>");
        List<ReasonCategory> top = digest.topReasons(topReasons);
        if (top.isEmpty()) {
            html.append("<p>").append(esc(locale.pick("本月没有不满意（3 分及以下）的样本。",
                    "No response scored 3 or lower this month."))).append("</p>");
            return;
        }
        Map<ReasonCategory, BigDecimal> shares = digest.shares();
        html.append("<table style=\"border-collapse:collapse\" cellpadding=\"4\">")
                .append("<tr style=\"background:#f0f0f0\"><th align=\"left\">")
                .append(esc(locale.pick("原因分类", "Reason"))).append("</th><th align=\"right\">")
                .append(esc(locale.pick("数量", "Count"))).append("</th><th align=\"right\">")
                .append(esc(locale.pick("占不满意", "Share of unsatisfied"))).append("</th></tr>");
        for (ReasonCategory category : top) {
            html.append("<tr><td>").append(esc(CategoryNames.of(category, locale))).append("</td><td align=\"right\">")
                    .append(digest.reasons().get(category)).append("</td><td align=\"right\">")
                    .append(Percent.of(shares.get(category))).append("</td></tr>");
        }
        html.append("</table>");
        html.append("<p style=\"margin:4px 0 0;color:#555\">").append(esc(locale.pick(
                "不满意样本共 " + digest.unsatisfied() + " 份。", digest.unsatisfied() + " unsatisfied responses in all.")))
                .append("</p>");
    }

    private String monthName(ScopeDigest digest) {
        return locale.pick(digest.month().getYear() + "年" + digest.month().getMonthValue() + "月",
                digest.month().toString());
    }

    private String scopeName(ScopeDigest digest) {
        return digest.isCompany() ? locale.pick("公司", "Company")
                : locale.pick(digest.projectName() + "（" + digest.projectCode() + "）",
                        digest.projectName() + " (" + digest.projectCode() + ")");
    }

    private static String esc(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
