package com.satops.common.domain;

/** How far a patrol issue has been put right (状态). */
public enum PatrolStatus implements Labelled {

    OPEN("未整改"),
    IN_PROGRESS("整改中"),
    CLOSED("已销项");

    private final String label;

    PatrolStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
