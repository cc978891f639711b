package com.satops.followup;

import com.satops.common.run.ProjectPartitioner;
import com.satops.common.run.ProjectPartitions;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
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
 * service-followup (FORMATS §5): after the inbox import (work orders included),
 * the day's figures, the workbooks per project (in {@code satops.partitions}
 * partitions on their own threads) and then for the company, then the mails.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(FollowupProperties.class)
public class ServiceFollowupJobConfiguration {

    @Bean
    Job serviceFollowupJob(JobRepository jobRepository, Flow importFlow, Step serviceFollowupFiguresStep,
                           Step serviceFollowupReportsStep, Step serviceFollowupCompanyReportStep,
                           Step serviceFollowupMailStep) {
        return new JobBuilder(FollowupRun.JOB, jobRepository)
                .start(importFlow)
                .next(serviceFollowupFiguresStep)
                .next(serviceFollowupReportsStep)
                .next(serviceFollowupCompanyReportStep)
                .next(serviceFollowupMailStep)
                .end()
                .build();
    }

    /** Runs again on a restart: the import before it may have applied more files. */
    @Bean
    Step serviceFollowupFiguresStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                                    FollowupFiguresTasklet tasklet) {
        return new StepBuilder("service-followup-figures", jobRepository).tasklet(tasklet, transactionManager)
                .allowStartIfComplete(true).build();
    }

    /** Runs again on a restart, every partition, so the workbooks agree with the figures. */
    @Bean
    Step serviceFollowupReportsStep(JobRepository jobRepository, ProjectPartitions partitions,
                                    Step serviceFollowupProjectReportsStep, ProjectPartitioner followupPartitioner) {
        return partitions.stepRunAgainOnRestart("service-followup-reports", jobRepository,
                serviceFollowupProjectReportsStep, followupPartitioner);
    }

    @Bean
    Step serviceFollowupProjectReportsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                                           FollowupReportTasklet reports) {
        return new StepBuilder("service-followup-reports-projects", jobRepository)
                .tasklet(reports::projectWorkbooks, transactionManager)
                .transactionAttribute(ProjectPartitions.WORKER_TRANSACTION)
                .build();
    }

    /** The company workbook after the projects'; runs again on a restart like them. */
    @Bean
    Step serviceFollowupCompanyReportStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                                          FollowupReportTasklet reports) {
        return new StepBuilder("service-followup-company-report", jobRepository)
                .tasklet(reports::companyWorkbook, transactionManager)
                .allowStartIfComplete(true).build();
    }

    /** The projects the figures step counted, spread over the partitions. */
    @Bean
    @StepScope
    ProjectPartitioner followupPartitioner(FollowupReader reader, ProjectPartitions partitions,
                                           @Value("#{stepExecution}") StepExecution step) {
        FollowupRun run = FollowupRun.of(step);
        return partitions.partitioner(reader.board(run, run.parameters().projects()).projectCodes());
    }

    @Bean
    Step serviceFollowupMailStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                                 FollowupMailTasklet tasklet) {
        return new StepBuilder("service-followup-mail", jobRepository).tasklet(tasklet, transactionManager).build();
    }
}
