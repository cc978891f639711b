package com.satops.common.domain;

/** Who walks a patrol and how often (巡区类型): weekly ones are manager-led, daily ones a steward's. */
public enum PatrolType implements Labelled {

    WEEKLY("周巡"),
    DAILY("日巡");

    private final String label;

    PatrolType(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
