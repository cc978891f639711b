package com.satops.satisfaction;

import com.satops.common.domain.ReasonCategory;
import com.satops.common.mail.MailTemplates;
import com.satops.common.report.ReportLocale;
import com.satops.common.report.ReportText;

/**
 * A dissatisfaction category as a report reader knows it (保安服务, Security): one
 * report-bundle key per category, read by the workbook and the mail alike.
 */
final class CategoryNames {

    private CategoryNames() {
    }

    static String of(ReasonCategory category, ReportText text) {
        return category == null ? null : text.get(key(category));
    }

    static String inMail(ReasonCategory category, MailTemplates templates, ReportLocale locale) {
        return category == null ? null : templates.text(locale, "report." + key(category));
    }

    private static String key(ReasonCategory category) {
        return "satisfaction.reasonCategory." + category.name();
    }
}
