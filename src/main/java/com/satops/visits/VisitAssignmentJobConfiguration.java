package com.satops.visits;

import com.satops.common.config.SatopsProperties;
import com.satops.common.mail.MailOutbox;
import com.satops.common.mail.MailTemplates;
import com.satops.common.report.DataIssueListingMapper;
import com.satops.common.report.ReportTexts;
import com.satops.common.run.ProgressReporter;
import com.satops.common.run.RunOutputLog;
import com.satops.common.run.RunParameters;
import org.apache.ibatis.session.ExecutorType;
import org.apache.ibatis.session.SqlSessionFactory;
import org.mybatis.spring.SqlSessionTemplate;
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
 * visit-assignment (FORMATS §5): after the inbox import, decide each project's
 * month (one transaction per project), sum the figures, then write each
 * project's lists and queue each person's mail (one transaction per project).
 * Every step runs again on a restart: deciding a month again gives the same
 * lists, and the outbox queues no mail twice.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(VisitsProperties.class)
public class VisitAssignmentJobConfiguration {

    @Bean
    Job visitAssignmentJob(JobRepository jobRepository, Flow importFlow, Step visitAssignmentDecideStep,
                           Step visitAssignmentFiguresStep, Step visitAssignmentListsStep) {
        return new JobBuilder(VisitListWorkbooks.JOB, jobRepository)
                .start(importFlow)
                .next(visitAssignmentDecideStep)
                .next(visitAssignmentFiguresStep)
                .next(visitAssignmentListsStep)
                .end()
                .build();
    }

    @Bean
    Step visitAssignmentDecideStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                                   ProjectStandingsReader visitAssignmentStandings,
                                   ProjectAllocationWriter visitAssignmentAllocationWriter,
                                   ProgressReporter progress) {
        return new StepBuilder("visit-assignment-decide", jobRepository)
                .<ProjectAllocator, ProjectAllocation>chunk(1)
                .transactionManager(transactionManager)
                .reader(visitAssignmentStandings)
                // Deciding is pure: the reader did all the reading.
                .processor(ProjectAllocator::finish)
                .writer(visitAssignmentAllocationWriter)
                .listener(progress)
                .allowStartIfComplete(true)
                .build();
    }

    @Bean
    Step visitAssignmentFiguresStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                                    VisitAssignmentMapper mapper) {
        return new StepBuilder("visit-assignment-figures", jobRepository)
                .tasklet(new VisitFiguresTasklet(mapper), transactionManager)
                .allowStartIfComplete(true)
                .build();
    }

    @Bean
    Step visitAssignmentListsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                                  ProjectScopeReader visitAssignmentProjects,
                                  VisitListWriter visitAssignmentListWriter, ProgressReporter progress) {
        return new StepBuilder("visit-assignment-lists", jobRepository)
                .<String, String>chunk(1)
                .transactionManager(transactionManager)
                .reader(visitAssignmentProjects)
                .writer(visitAssignmentListWriter)
                .listener(progress)
                .allowStartIfComplete(true)
                .build();
    }

    /** Decisions are read and written on one batch session: MyBatis allows one executor type per transaction. */
    @Bean
    BatchSession visitAssignmentBatchSession(SqlSessionFactory sessions) {
        return new BatchSession(new SqlSessionTemplate(sessions, ExecutorType.BATCH));
    }

    @Bean
    @StepScope
    ProjectScopeReader visitAssignmentProjects(VisitAssignmentMapper mapper,
                                               @Value("#{stepExecution}") StepExecution step) {
        return new ProjectScopeReader(mapper, run(step));
    }

    @Bean
    @StepScope
    ProjectStandingsReader visitAssignmentStandings(VisitAssignmentMapper mapper,
                                                    BatchSession visitAssignmentBatchSession,
                                                    @Value("#{stepExecution}") StepExecution step) {
        return new ProjectStandingsReader(mapper,
                visitAssignmentBatchSession.template().getMapper(VisitAssignmentMapper.class), run(step));
    }

    @Bean
    @StepScope
    ProjectAllocationWriter visitAssignmentAllocationWriter(BatchSession visitAssignmentBatchSession,
                                                            @Value("#{stepExecution}") StepExecution step) {
        return new ProjectAllocationWriter(visitAssignmentBatchSession.template(), run(step),
                step.getJobExecution().getId());
    }

    @Bean
    @StepScope
    VisitListWriter visitAssignmentListWriter(VisitAssignmentMapper mapper, DataIssueListingMapper issues,
                                              MailOutbox outbox, MailTemplates mailTemplates, SatopsProperties satops,
                                              VisitsProperties visits, ReportTexts texts, RunOutputLog outputs,
                                              @Value("#{stepExecution}") StepExecution step) {
        VisitListWorkbooks workbooks = new VisitListWorkbooks(mapper, issues, satops.home(),
                visits.unmaskAssigneePhones());
        RunParameters run = run(step);
        return new VisitListWriter(workbooks, outbox, new VisitListMail(mailTemplates), run, step.getJobExecution(),
                texts.of(run.locale()), outputs);
    }

    private static RunParameters run(StepExecution step) {
        return RunParameters.from(VisitListWorkbooks.JOB, step.getJobExecution().getJobParameters());
    }
}
