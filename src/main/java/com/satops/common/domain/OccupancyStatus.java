package com.satops.common.domain;

/** How a house is lived in (ERP 入住状态). */
public enum OccupancyStatus implements Labelled {

    RESIDENT("常住"),
    RENTED("出租"),
    VACANT("空置"),
    RENOVATING("装修中");

    private final String label;

    OccupancyStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
