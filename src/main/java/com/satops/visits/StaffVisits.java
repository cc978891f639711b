package com.satops.visits;

/** Households a person's lists of earlier months this quarter came back visited for. */
public record StaffVisits(String staffNo, long visited) {
}
