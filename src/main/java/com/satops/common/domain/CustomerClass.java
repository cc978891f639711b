package com.satops.common.domain;

/** The CRM's classification of a household (客户类别). */
public enum CustomerClass implements Labelled {

    BLACK("黑色客户"),
    GOOD("良好关系户"),
    NORMAL("普通客户");

    private final String label;

    CustomerClass(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
