package com.satops.common.domain;

/** Where a work order stands in the CRM (状态). */
public enum WorkOrderStatus implements Labelled {

    OPEN("待处理"),
    IN_PROGRESS("处理中"),
    COMPLETED("已完成"),
    CLOSED("已关闭");

    private final String label;

    WorkOrderStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** Completed or closed: the order has a 完成时间. */
    public boolean finished() {
        return this == COMPLETED || this == CLOSED;
    }
}
