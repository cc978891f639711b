package com.satops.presampling;

import com.satops.common.config.SatopsProperties;
import com.satops.common.report.ReportTexts;
import com.satops.common.run.JobCatalog;
import com.satops.common.run.ProjectPartitioner;
import com.satops.common.run.ProjectPartitions;
import com.satops.common.run.RunOutputLog;
import com.satops.common.run.RunParameters;
import java.nio.file.Path;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.flow.Flow;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * presampling-cleanup (jobs/presampling-cleanup.md): import the inbox, decide the
 * month's sample frame ({@code satops.partitions} partitions of the run's projects,
 * on their own threads), sum its figures, write the workbook, write the agency CSV.
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
                              Step presamplingFiguresStep, Step presamplingWorkbookStep,
                              Step presamplingAgencyCsvStep) {
        return new JobBuilder(JobCatalog.PRESAMPLING_CLEANUP.jobName(), jobRepository)
                .start(importFlow)
                .next(presamplingDecideStep)
                .next(presamplingFiguresStep)
                .next(presamplingWorkbookStep)
                .next(presamplingAgencyCsvStep)
                .end()
                .build();
    }

    @Bean
    Step presamplingDecideStep(JobRepository jobRepository, ProjectPartitions partitions,
                               Step presamplingDecidePartitionStep, ProjectPartitioner presamplingPartitioner) {
        return partitions.stepRunAgainOnRestart("presampling-decide", jobRepository, presamplingDecidePartitionStep,
                presamplingPartitioner);
    }

    @Bean
    Step presamplingDecidePartitionStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                                        SampleFrameMapper frames, SatopsProperties satops) {
        return new StepBuilder("presampling-decide-projects", jobRepository)
                .tasklet(new FrameDecisionTasklet(frames, satops.occupiedStatuses()), transactionManager)
                .transactionAttribute(ProjectPartitions.WORKER_TRANSACTION)
                .allowStartIfComplete(true)
                .build();
    }

    /** The run's projects (an unknown --project stops the run here, before any frame changes). */
    @Bean
    @StepScope
    ProjectPartitioner presamplingPartitioner(SampleFrameMapper frames, ProjectPartitions partitions,
                                              SatopsProperties satops, @Value("#{stepExecution}") StepExecution step) {
        JobExecution execution = step.getJobExecution();
        RunParameters run = RunParameters.from(execution.getJobInstance().getJobName(), execution.getJobParameters());
        FrameQuery query = FrameQuery.of(run, execution.getId(), satops.occupiedStatuses());
        return partitions.partitioner(FrameScope.resolve(frames, query));
    }

    @Bean
    Step presamplingFiguresStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                                SampleFrameMapper frames, SatopsProperties satops, RunOutputLog outputs) {
        return new StepBuilder("presampling-figures", jobRepository)
                .tasklet(new FrameFiguresTasklet(frames, satops.occupiedStatuses(), outputs), transactionManager)
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
                                  SampleFrameMapper frames, FrameReportMapper listings, SatopsProperties satops,
                                  PresamplingProperties presampling, ReportTexts texts, RunOutputLog outputs) {
        return new StepBuilder("presampling-agency-csv", jobRepository)
                .tasklet(new AgencyCsvTasklet(frames, listings, satops.occupiedStatuses(), home(satops),
                        presampling.unmaskAgencyPhones(), texts, outputs), transactionManager)
                .allowStartIfComplete(true)
                .build();
    }

    private static Path home(SatopsProperties satops) {
        return satops.home().toAbsolutePath().normalize();
    }
}
