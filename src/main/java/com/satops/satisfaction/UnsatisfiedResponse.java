package com.satops.satisfaction;

import com.satops.common.domain.ReasonCategory;

/** A 考核期 response of the month that scored 3 or lower, with what the owner said. */
public record UnsatisfiedResponse(String projectCode, int score, ReasonCategory reasonCategory, String reason) {
}
