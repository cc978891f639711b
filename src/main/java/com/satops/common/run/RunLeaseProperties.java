package com.satops.common.run;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How a running process shows it is alive: it refreshes its leases every
 * {@code heartbeatInterval}; a lease not refreshed for {@code leaseTimeout}
 * belongs to a process that died.
 */
@ConfigurationProperties("satops.runs")
public record RunLeaseProperties(Duration heartbeatInterval, Duration leaseTimeout, int workers) {
}
