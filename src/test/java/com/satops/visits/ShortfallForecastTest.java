package com.satops.visits;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ShortfallForecastTest {

    @Test
    void stewardsReachTheirZoneAndManagersWhatIsLeftOver() {
        // A: 30 left, stewards 10 a month -> 2 months reach 20, 10 left over
        // B: 5 left, stewards 10 a month -> all reached
        // C: 12 left, no steward -> 12 left over
        // managers 4 a month -> 8 of the 22 left over; shortfall 14
        long shortfall = ShortfallForecast.of(2, Map.of("A", 30L, "B", 5L, "C", 12L), Map.of("A", 10L, "B", 10L), 4);
        assertThat(shortfall).isEqualTo(14);
    }

    @Test
    void inTheQuartersLastMonthEverythingRemainingIsShort() {
        assertThat(ShortfallForecast.of(0, Map.of("A", 7L, "B", 3L), Map.of("A", 100L), 100)).isEqualTo(10);
    }

    @Test
    void nothingShortWhenQuotasSuffice() {
        assertThat(ShortfallForecast.of(1, Map.of("A", 7L), Map.of("A", 5L), 2)).isZero();
    }
}
