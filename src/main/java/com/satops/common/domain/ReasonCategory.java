package com.satops.common.domain;

/** What an unsatisfied survey answer is about (原因分类). */
public enum ReasonCategory implements Labelled {

    SECURITY("保安服务"),
    CLEANING("清洁卫生"),
    PARKING("停车门岗"),
    FACILITIES("设施设备"),
    GREENING("绿化养护"),
    REPAIR("客关维修"),
    OTHER("其他");

    private final String label;

    ReasonCategory(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
