package com.satops.followup;

import static org.assertj.core.api.Assertions.assertThat;

import com.satops.common.domain.WorkOrderStatus;
import com.satops.common.domain.WorkOrderType;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class MissedPromiseTest {

    private static final LocalDateTime CREATED = LocalDateTime.of(2026, 11, 10, 10, 0);

    private static WorkOrderRow order(String no, LocalDateTime responded, LocalDateTime dispatched,
                                      LocalDateTime feedback) {
        return new WorkOrderRow(no, "XXHY", "3-2-1502", WorkOrderType.COMPLAINT, CREATED, responded, dispatched,
                feedback, null, null, null, null, "S1", null, WorkOrderStatus.IN_PROGRESS);
    }

    @Test
    void listsEachPromiseAnOrderMissedInPromiseOrder() {
        WorkOrderRow kept = order("A1", CREATED.plusMinutes(15), CREATED.plusMinutes(30), CREATED.plusMinutes(60));
        WorkOrderRow late = order("A2", CREATED.plusSeconds(15 * 60 + 1), CREATED.plusMinutes(20), null);

        List<MissedPromise> missed = MissedPromise.of(List.of(kept, late));

        assertThat(missed).extracting(m -> m.order().orderNo() + " " + m.outcome().promise())
                .containsExactly("A2 RESPOND", "A2 FEEDBACK");
        assertThat(missed.get(0).outcome().late()).isEqualTo(Duration.ofSeconds(1));
        assertThat(missed.get(1).outcome().recorded()).isFalse();
    }
}
