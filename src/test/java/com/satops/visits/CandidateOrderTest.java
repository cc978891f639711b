package com.satops.visits;

import static org.assertj.core.api.Assertions.assertThat;

import com.satops.common.domain.CustomerClass;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CandidateOrderTest {

    static HouseholdStanding household(String room, CustomerClass cls, Integer score, LocalDate lastVisit) {
        return new HouseholdStanding(room.hashCode(), room, "A区", cls, score, lastVisit);
    }

    @Test
    void blackThenLowScoreLowestFirstThenLongestSinceVisitThenRoom() {
        List<HouseholdStanding> list = new ArrayList<>(List.of(
                household("1-1-0105", CustomerClass.NORMAL, null, LocalDate.of(2026, 7, 3)),
                household("1-1-0104", CustomerClass.NORMAL, null, null),
                household("1-1-0103", CustomerClass.GOOD, 3, null),
                household("1-1-0102", CustomerClass.NORMAL, 1, LocalDate.of(2026, 8, 1)),
                household("1-1-0101", CustomerClass.BLACK, 5, LocalDate.of(2026, 9, 1)),
                household("1-1-0110", CustomerClass.BLACK, 2, LocalDate.of(2026, 9, 1)),
                household("1-1-0106", CustomerClass.NORMAL, 4, LocalDate.of(2026, 6, 30)),
                household("1-1-0107", CustomerClass.NORMAL, null, null),
                household("10-1-0101", CustomerClass.NORMAL, null, null)));
        list.sort(CandidateOrder.INSTANCE);
        assertThat(list).extracting(HouseholdStanding::roomKey).containsExactly(
                "1-1-0110",   // BLACK that also scored 2
                "1-1-0101",   // BLACK
                "1-1-0102",   // scored 1
                "1-1-0103",   // scored 3
                "1-1-0104",   // never visited, room order
                "1-1-0107",
                "10-1-0101",
                "1-1-0106",   // last visited 2026-06-30 (a 4 is no low score)
                "1-1-0105");  // last visited 2026-07-03
    }
}
