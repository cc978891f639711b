package com.satops.demo;

/** 客户类别 as the CRM writes it. */
enum CustomerClass {
    BLACK("黑色客户"),
    GOOD("良好关系户"),
    NORMAL("普通客户");

    private final String label;

    CustomerClass(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }
}
