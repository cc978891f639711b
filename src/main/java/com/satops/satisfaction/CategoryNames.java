package com.satops.satisfaction;

import com.satops.common.domain.ReasonCategory;
import com.satops.common.report.ReportLocale;

/** A dissatisfaction category as a report reader knows it: 保安服务 in Chinese, Security in English. */
final class CategoryNames {

    private CategoryNames() {
    }

    static String of(ReasonCategory category, ReportLocale locale) {
        if (category == null) {
            return null;
        }
        return locale.pick(category.label(), switch (category) {
            case SECURITY -> "Security";
            case CLEANING -> "Cleaning";
            case PARKING -> "Parking and gate";
            case FACILITIES -> "Facilities";
            case GREENING -> "Greening";
            case REPAIR -> "Repairs and property";
            case OTHER -> "Other";
        });
    }
}
