package com.satops.presampling;

import com.satops.common.config.SatopsProperties;
import com.satops.common.report.ReportTexts;
import com.satops.common.run.JobCatalog;
import com.satops.common.run.RunOutputLog;
import java.nio.file.Path;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.flow.Flow;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * presampling-cleanup (jobs/presampling-cleanup.md): import the inbox, decide the
 * month's sample frame, write the workbook, write the agency CSV.
 *
 * <p>Every step runs again when a failed run is restarted: a fixed file the
 * restart imports may change the frame, and each step rebuilds its output from
 * the database, so a restarted run ends exactly as a clean one would.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PresamplingProperties.class)
public class PresamplingJobConfiguration {

    @Bean
    Job presamplingCleanupJob(JobRepository jobRepository, Flow importFlow, Step presamplingDecideStep,
                              Step presamplingWorkbookStep, Step presamplingAgencyCsvStep) {
        return new JobBuilder(JobCatalog.PRESAMPLING_CLEANUP.jobName(), jobRepository)
                .start(importFlow)
                .next(presamplingDecideStep)
                .next(presamplingWorkbookStep)
                .next(presamplingAgencyCsvStep)
                .end()
                .build();
    }

    @Bean
    Step presamplingDecideStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                               SampleFrameMapper frames, SatopsProperties satops, RunOutputLog outputs) {
        return new StepBuilder("presampling-decide", jobRepository)
                .tasklet(new FrameDecisionTasklet(frames, satops.occupiedStatuses(), outputs), transactionManager)
                .allowStartIfComplete(true)
                .build();
    }

    @Bean
    Step presamplingWorkbookStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                                 SampleFrameMapper frames, FrameReportMapper listings, SatopsProperties satops,
                                 ReportTexts texts, RunOutputLog outputs) {
        return new StepBuilder("presampling-workbook", jobRepository)
                .tasklet(new SampleFrameWorkbookTasklet(frames, listings, satops.occupiedStatuses(), home(satops),
                        texts, outputs), transactionManager)
                .allowStartIfComplete(true)
                .build();
    }

    @Bean
    Step presamplingAgencyCsvStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                                  FrameReportMapper listings, SatopsProperties satops,
                                  PresamplingProperties presampling, ReportTexts texts, RunOutputLog outputs) {
        return new StepBuilder("presampling-agency-csv", jobRepository)
                .tasklet(new AgencyCsvTasklet(listings, satops.occupiedStatuses(), home(satops),
                        presampling.unmaskAgencyPhones(), texts, outputs), transactionManager)
                .allowStartIfComplete(true)
                .build();
    }

    private static Path home(SatopsProperties satops) {
        return satops.home().toAbsolutePath().normalize();
    }
}
