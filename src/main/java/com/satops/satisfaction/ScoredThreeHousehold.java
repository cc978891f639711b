package com.satops.satisfaction;

import com.satops.common.domain.ReasonCategory;
import java.time.LocalDate;

/** A household whose 考核期 answer of the month was a 3: the one a steward can still win over. */
public record ScoredThreeHousehold(String projectCode, String projectName, String zone, String roomKey,
                                   String ownerName, String reason, ReasonCategory reasonCategory,
                                   LocalDate surveyedOn) {
}
