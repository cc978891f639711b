package com.satops.satisfaction;

/** A project's 考核期 responses of one survey month (yyyy-MM) and how many scored 4 or 5. */
public record MonthTally(String projectCode, String surveyMonth, long responses, long satisfied) {
}
