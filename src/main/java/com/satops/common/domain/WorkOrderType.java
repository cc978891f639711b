package com.satops.common.domain;

/** What a CRM work order is about (工单类型); only repairs and complaints carry the service promises. */
public enum WorkOrderType implements Labelled {

    REPAIR("报修"),
    COMPLAINT("投诉"),
    INQUIRY("咨询"),
    SUGGESTION("建议");

    private final String label;

    WorkOrderType(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** Whether orders of this type count in the service-followup figures (FORMATS §5). */
    public boolean promised() {
        return this == REPAIR || this == COMPLAINT;
    }
}
