package com.satops.patrol;

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
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * patrol-closeout (FORMATS §5): after the inbox import, the week's figures, the
 * workbooks per project (in {@code satops.partitions} partitions on their own
 * threads) and then for the company, then the mails the same way.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PatrolProperties.class)
public class PatrolCloseoutJobConfiguration {

    @Bean
    Job patrolCloseoutJob(JobRepository jobRepository, Flow importFlow, Step patrolCloseoutFiguresStep,
                          Step patrolCloseoutReportsStep, Step patrolCloseoutCompanyReportStep,
                          Step patrolCloseoutMailStep, Step patrolCloseoutCompanyMailStep) {
        return new JobBuilder(CloseoutRun.JOB, jobRepository)
                .start(importFlow)
                .next(patrolCloseoutFiguresStep)
                .next(patrolCloseoutReportsStep)
                .next(patrolCloseoutCompanyReportStep)
                .next(patrolCloseoutMailStep)
                .next(patrolCloseoutCompanyMailStep)
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

    /** Runs again on a restart, every partition, so the workbooks agree with the figures. */
    @Bean
    Step patrolCloseoutReportsStep(JobRepository jobRepository, ProjectPartitions partitions,
                                   Step patrolCloseoutProjectReportsStep, ProjectPartitioner patrolPartitioner) {
        return partitions.stepRunAgainOnRestart("patrol-closeout-reports", jobRepository,
                patrolCloseoutProjectReportsStep, patrolPartitioner);
    }

    @Bean
    Step patrolCloseoutProjectReportsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                                          PatrolReportTasklet reports) {
        return partitionStep("patrol-closeout-reports-projects", jobRepository, transactionManager,
                reports::projectWorkbooks);
    }

    /** The company workbook after the projects'; runs again on a restart like them. */
    @Bean
    Step patrolCloseoutCompanyReportStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                                         PatrolReportTasklet reports) {
        return new StepBuilder("patrol-closeout-company-report", jobRepository)
                .tasklet(reports::companyWorkbook, transactionManager)
                .allowStartIfComplete(true).build();
    }

    @Bean
    Step patrolCloseoutMailStep(JobRepository jobRepository, ProjectPartitions partitions,
                                Step patrolCloseoutProjectMailStep, ProjectPartitioner patrolPartitioner) {
        return partitions.step("patrol-closeout-mail", jobRepository, patrolCloseoutProjectMailStep,
                patrolPartitioner);
    }

    @Bean
    Step patrolCloseoutProjectMailStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                                       PatrolMailTasklet mails) {
        return partitionStep("patrol-closeout-mail-projects", jobRepository, transactionManager,
                mails::projectMails);
    }

    @Bean
    Step patrolCloseoutCompanyMailStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                                       PatrolMailTasklet mails) {
        return new StepBuilder("patrol-closeout-company-mail", jobRepository)
                .tasklet(mails::companyMail, transactionManager).build();
    }

    /** The projects the figures step counted, spread over the partitions. */
    @Bean
    @StepScope
    ProjectPartitioner patrolPartitioner(PatrolScoreboardReader scoreboards, PatrolProperties properties,
                                         ProjectPartitions partitions,
                                         @Value("#{stepExecution}") StepExecution step) {
        CloseoutRun run = CloseoutRun.of(step, properties.rules());
        return partitions.partitioner(scoreboards.kept(run, run.parameters().projects()).projectCodes());
    }

    private static Step partitionStep(String name, JobRepository jobRepository,
                                      PlatformTransactionManager transactionManager, Tasklet tasklet) {
        return new StepBuilder(name, jobRepository)
                .tasklet(tasklet, transactionManager)
                .transactionAttribute(ProjectPartitions.WORKER_TRANSACTION)
                .build();
    }
}
