package com.satops.common.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.satops.support.MapperSlice;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;

/** The lease of a running run: one per run key, refreshed and released only by its owner. */
@MapperSlice
class RunLeaseMapperTest {

    static final LocalDateTime T0 = LocalDateTime.of(2026, 11, 30, 8, 15, 2);

    @Autowired
    RunLeaseMapper mapper;

    static RunLease lease(String runKey, String ownerId) {
        return new RunLease(runKey, "patrol-closeout", null, "ops-1", 4031, ownerId, T0, T0);
    }

    @Test
    void aRunKeyIsLeasedOnceAndReadBackAsWritten() {
        mapper.insert(lease("patrol-closeout|2026-W47", "owner-a"));

        assertThatThrownBy(() -> mapper.insert(lease("patrol-closeout|2026-W47", "owner-b")))
                .isInstanceOf(DuplicateKeyException.class);
        assertThat(mapper.find("patrol-closeout|2026-W47")).isEqualTo(lease("patrol-closeout|2026-W47", "owner-a"));
        assertThat(mapper.find("no such run")).isNull();
    }

    @Test
    void onlyTheOwnerAttachesTheExecution() {
        mapper.insert(lease("run", "owner-a"));

        mapper.attachExecution("run", "owner-b", 7);
        assertThat(mapper.find("run").executionId()).isNull();
        mapper.attachExecution("run", "owner-a", 7);
        assertThat(mapper.find("run").executionId()).isEqualTo(7L);
    }

    @Test
    void aHeartbeatRefreshesEveryLeaseOfItsOwnerAndNoOther() {
        mapper.insert(lease("run-1", "owner-a"));
        mapper.insert(lease("run-2", "owner-a"));
        mapper.insert(lease("run-3", "owner-b"));

        int refreshed = mapper.heartbeat("owner-a", T0.plusSeconds(30));

        assertThat(refreshed).isEqualTo(2);
        assertThat(mapper.find("run-1").heartbeatAt()).isEqualTo(T0.plusSeconds(30));
        assertThat(mapper.find("run-3").heartbeatAt()).isEqualTo(T0);
        assertThat(mapper.heartbeat("owner-without-leases", T0)).isZero();
    }

    @Test
    void onlyTheOwnerReleasesItsLease() {
        mapper.insert(lease("run", "owner-a"));

        assertThat(mapper.release("run", "owner-b")).isZero();
        assertThat(mapper.release("run", "owner-a")).isEqualTo(1);
        assertThat(mapper.find("run")).isNull();
        assertThat(mapper.release("run", "owner-a")).as("released twice").isZero();
    }

    @Test
    void aDeadOwnersLeaseGoesOnlyIfItsHeartbeatIsStillTheOneJudgedDead() {
        mapper.insert(lease("run", "owner-a"));
        mapper.heartbeat("owner-a", T0.plusSeconds(30));

        assertThat(mapper.removeDead("run", "owner-a", T0)).as("it beat again since").isZero();
        assertThat(mapper.removeDead("run", "owner-b", T0.plusSeconds(30))).as("another owner").isZero();
        assertThat(mapper.removeDead("run", "owner-a", T0.plusSeconds(30))).isEqualTo(1);
        assertThat(mapper.find("run")).isNull();
    }
}
