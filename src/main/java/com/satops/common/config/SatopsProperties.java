package com.satops.common.config;

import com.satops.common.domain.OccupancyStatus;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** The settings every job shares; defaults live in application.yml. */
@ConfigurationProperties("satops")
public record SatopsProperties(
        Path home,
        String locale,
        Import importing,
        Set<OccupancyStatus> occupiedStatuses,
        Duration progressInterval,
        Mail mail) {

    public record Import(double maxRejectRate, int chunkSize, Duration lockWait) {
    }

    public record Mail(String from, List<String> executives, List<String> qualityDepartment,
                       Duration retryBackoff, int maxAttempts, Duration claimWindow, String messageIdDomain,
                       Duration deliverDuringRuns) {
    }
}
