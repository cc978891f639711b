package com.satops.satisfaction;

/** An active steward (管家) and the zone of the project they look after. */
public record ActiveSteward(String projectCode, String zone, String staffNo, String staffName) {
}
