package com.satops.followup;

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
 * service-followup (FORMATS §5): after the inbox import (work orders included),
 * the day's figures, the workbooks per project and for the company, then the mails.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(FollowupProperties.class)
public class ServiceFollowupJobConfiguration {

    @Bean
    Job serviceFollowupJob(JobRepository jobRepository, Flow importFlow, Step serviceFollowupFiguresStep,
                           Step serviceFollowupReportsStep, Step serviceFollowupMailStep) {
        return new JobBuilder(FollowupRun.JOB, jobRepository)
                .start(importFlow)
                .next(serviceFollowupFiguresStep)
                .next(serviceFollowupReportsStep)
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

    /** Runs again on a restart, so the workbooks agree with the figures. */
    @Bean
    Step serviceFollowupReportsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                                    FollowupReportTasklet tasklet) {
        return new StepBuilder("service-followup-reports", jobRepository).tasklet(tasklet, transactionManager)
                .allowStartIfComplete(true).build();
    }

    @Bean
    Step serviceFollowupMailStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                                 FollowupMailTasklet tasklet) {
        return new StepBuilder("service-followup-mail", jobRepository).tasklet(tasklet, transactionManager).build();
    }
}
