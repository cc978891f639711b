package com.satops.common.domain;

/** Whether the developer has handed the house over to its owner (ERP 交房状态). */
public enum HandoverStatus implements Labelled {

    DELIVERED("已交房"),
    NOT_DELIVERED("未交房");

    private final String label;

    HandoverStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
