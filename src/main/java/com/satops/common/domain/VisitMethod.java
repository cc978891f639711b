package com.satops.common.domain;

/** How a visit was made (拜访方式). */
public enum VisitMethod implements Labelled {

    IN_PERSON("上门"),
    PHONE("电话");

    private final String label;

    VisitMethod(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
