package com.satops.common.report;

import com.satops.common.domain.Labelled;

/** The language of sheet names, column headers and mail text: zh-CN by default, en on request. */
public enum ReportLocale {
    ZH_CN("zh-CN"), EN("en");

    private final String tag;

    ReportLocale(String tag) {
        this.tag = tag;
    }

    public static ReportLocale of(String tag) {
        return "en".equalsIgnoreCase(tag) ? EN : ZH_CN;
    }

    public String tag() {
        return tag;
    }

    /** A domain code as reports show it: its Chinese label in zh-CN ({@code 黑色客户}), the code in en ({@code BLACK}). */
    public String code(Labelled value) {
        if (value == null) {
            return null;
        }
        return this == EN ? ((Enum<?>) value).name() : value.label();
    }
}
