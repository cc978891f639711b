package com.satops.satisfaction;

import static org.assertj.core.api.Assertions.assertThat;

import com.satops.common.domain.ReasonCategory;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScopeDigestTopReasonsTest {

    @Test
    void mostFrequentFirstAndTiesAtTheCutKept() {
        ScopeDigest digest = SatisfactionMailTextTest.project("XXHY", "星河湾", SatisfactionMailTextTest.point(1, 1),
                SatisfactionMailTextTest.point(30, 10), Map.of(ReasonCategory.PARKING, 7L,
                        ReasonCategory.SECURITY, 7L, ReasonCategory.OTHER, 2L, ReasonCategory.REPAIR, 4L));

        assertThat(digest.topReasons(1)).as("parking 7 = security 7: both named, in category order")
                .containsExactly(ReasonCategory.SECURITY, ReasonCategory.PARKING);
        assertThat(digest.topReasons(3)).containsExactly(ReasonCategory.SECURITY, ReasonCategory.PARKING,
                ReasonCategory.REPAIR);
        assertThat(digest.topReasons(10)).hasSize(4);
        assertThat(digest.topReasons(0)).isEmpty();
    }
}
