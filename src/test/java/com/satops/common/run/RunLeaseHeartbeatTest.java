package com.satops.common.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.satops.support.MapperSlice;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A process refreshes its leases while it holds one, and an idle process leaves the lease table alone (a
 * process whose database went away must not keep writing warnings into its log and stderr).
 */
@MapperSlice
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class RunLeaseHeartbeatTest {

    static final String RUN = "patrol-closeout|heartbeat-test";
    static final LocalDateTime LONG_AGO = LocalDateTime.of(2026, 11, 30, 8, 0);

    @Autowired
    RunLeaseMapper mapper;
    @Autowired
    PlatformTransactionManager transactionManager;

    RunLeases leases;

    @AfterEach
    void stop() {
        if (leases != null) {
            leases.destroy();
        }
        RunLease left = mapper.find(RUN);
        if (left != null) {
            mapper.release(RUN, left.ownerId());
        }
    }

    @Test
    void theHeartbeatRefreshesAHeldLeaseAndStopsWhenTheLastIsReleased() throws InterruptedException {
        leases = new RunLeases(mapper, Clock.systemDefaultZone(),
                new RunLeaseProperties(Duration.ofMillis(20), Duration.ofMinutes(5), 1), transactionManager);
        leases.acquire("patrol-closeout", RUN);
        String owner = mapper.find(RUN).ownerId();
        mapper.heartbeat(owner, LONG_AGO);

        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (mapper.find(RUN).heartbeatAt().equals(LONG_AGO) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(mapper.find(RUN).heartbeatAt()).as("refreshed while held").isAfter(LONG_AGO);

        leases.release(RUN);
        mapper.insert(new RunLease(RUN, "patrol-closeout", null, "ops-1", 1, owner, LONG_AGO, LONG_AGO));
        Thread.sleep(400);

        assertThat(mapper.find(RUN).heartbeatAt()).as("an idle process writes nothing").isEqualTo(LONG_AGO);
    }
}
