package com.satops.demo;

/** 入住状态 as the ERP writes it. */
enum Occupancy {
    RESIDENT("常住"),
    RENTED("出租"),
    VACANT("空置"),
    RENOVATING("装修中");

    private final String label;

    Occupancy(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }

    /** Occupied homes are the ones a survey agency can reach. */
    boolean occupied() {
        return this == RESIDENT || this == RENTED;
    }
}
