package com.satops.common.report;

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

    /** The text for this locale. */
    public String pick(String chinese, String english) {
        return this == EN ? english : chinese;
    }
}
