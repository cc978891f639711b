package com.satops.patrol;

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
 * patrol-closeout (FORMATS §5): after the inbox import, the week's figures, the
 * workbooks per project and for the company, then the mails.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PatrolProperties.class)
public class PatrolCloseoutJobConfiguration {

    @Bean
    Job patrolCloseoutJob(JobRepository jobRepository, Flow importFlow, Step patrolCloseoutFiguresStep,
                          Step patrolCloseoutReportsStep, Step patrolCloseoutMailStep) {
        return new JobBuilder(CloseoutRun.JOB, jobRepository)
                .start(importFlow)
                .next(patrolCloseoutFiguresStep)
                .next(patrolCloseoutReportsStep)
                .next(patrolCloseoutMailStep)
                .end()
                .build();
    }

    /** Runs again on a restart: the import before it may have applied more files. */
    @Bean
    Step patrolCloseoutFiguresStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                                   PatrolFiguresTasklet tasklet) {
        return new StepBuilder("patrol-closeout-figures", jobRepository).tasklet(tasklet, transactionManager)
                .allowStartIfComplete(true).build();
    }

    /** Runs again on a restart, so the workbooks agree with the figures. */
    @Bean
    Step patrolCloseoutReportsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                                   PatrolReportTasklet tasklet) {
        return new StepBuilder("patrol-closeout-reports", jobRepository).tasklet(tasklet, transactionManager)
                .allowStartIfComplete(true).build();
    }

    @Bean
    Step patrolCloseoutMailStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                                PatrolMailTasklet tasklet) {
        return new StepBuilder("patrol-closeout-mail", jobRepository).tasklet(tasklet, transactionManager).build();
    }
}
