package com.satops.common.report;

import java.math.BigDecimal;

/** A fraction 0–1 written as a percentage cell (0.8571 shows as 85.71%). */
public record Share(BigDecimal fraction) {
}
