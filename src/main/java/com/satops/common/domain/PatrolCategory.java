package com.satops.common.domain;

/** What a patrol issue is about (问题分类). */
public enum PatrolCategory implements Labelled {

    CLEANING("清洁"),
    GREENING("绿化"),
    FACILITIES("设施"),
    SECURITY("安全"),
    PARKING("停车"),
    OTHER("其他");

    private final String label;

    PatrolCategory(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
