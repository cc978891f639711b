package com.satops.satisfaction;

import com.satops.common.run.Rate;
import java.math.BigDecimal;
import java.time.YearMonth;

/** One month of a trend: the 考核期 responses and how many of them scored 4 or 5. */
public record MonthPoint(YearMonth month, long responses, long satisfied) {

    /** satisfied / responses, 4 decimals; 0 over no responses. */
    public BigDecimal rate() {
        return Rate.of(satisfied, responses);
    }

    public boolean hasResponses() {
        return responses > 0;
    }
}
