package com.satops.common.report;

import java.math.BigDecimal;

/**
 * A change of a rate, as a difference of fractions (0.0134), written as
 * percentage points (1.34 个百分点 / pp), never as a percentage of a percentage.
 */
public record Points(BigDecimal fraction) {
}
