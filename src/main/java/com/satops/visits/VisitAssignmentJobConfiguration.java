package com.satops.visits;

import com.satops.common.config.SatopsProperties;
import com.satops.common.mail.MailOutbox;
import com.satops.common.mail.MailTemplates;
import com.satops.common.report.DataIssueListingMapper;
import com.satops.common.report.ReportTexts;
import com.satops.common.run.ProgressReporter;
import com.satops.common.run.ProjectPartitioner;
import com.satops.common.run.ProjectPartitions;
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
 * Deciding and writing lists run as {@code satops.partitions} partitions of the
 * run's projects, on their own threads; the figures are summed in one step in
 * between. A restart runs again every partition that did not complete (deciding
 * a month again gives the same lists, and the outbox queues no mail twice).
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
    Step visitAssignmentDecideStep(JobRepository jobRepository, ProjectPartitions partitions,
                                   Step visitAssignmentDecidePartitionStep,
                                   ProjectPartitioner visitAssignmentPartitioner) {
        return partitions.step("visit-assignment-decide", jobRepository, visitAssignmentDecidePartitionStep,
                visitAssignmentPartitioner);
    }

    @Bean
    Step visitAssignmentDecidePartitionStep(JobRepository jobRepository,
                                            PlatformTransactionManager transactionManager,
                                            ProjectStandingsReader visitAssignmentStandings,
                                            ProjectAllocationWriter visitAssignmentAllocationWriter,
                                            ProgressReporter progress) {
        return new StepBuilder("visit-assignment-decide-projects", jobRepository)
                .<ProjectAllocator, ProjectAllocation>chunk(1)
                .transactionManager(transactionManager)
                .transactionAttribute(ProjectPartitions.WORKER_TRANSACTION)
                .reader(visitAssignmentStandings)
                // Deciding is pure: the reader did all the reading.
                .processor(ProjectAllocator::finish)
                .writer(visitAssignmentAllocationWriter)
                .listener(progress)
                .build();
    }

    @Bean
    Step visitAssignmentFiguresStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                                    VisitAssignmentMapper mapper, RunOutputLog outputs) {
        return new StepBuilder("visit-assignment-figures", jobRepository)
                .tasklet(new VisitFiguresTasklet(mapper, outputs), transactionManager)
                .allowStartIfComplete(true)
                .build();
    }

    @Bean
    Step visitAssignmentListsStep(JobRepository jobRepository, ProjectPartitions partitions,
                                  Step visitAssignmentListsPartitionStep,
                                  ProjectPartitioner visitAssignmentPartitioner) {
        return partitions.step("visit-assignment-lists", jobRepository, visitAssignmentListsPartitionStep,
                visitAssignmentPartitioner);
    }

    @Bean
    Step visitAssignmentListsPartitionStep(JobRepository jobRepository,
                                           PlatformTransactionManager transactionManager,
                                           ProjectScopeReader visitAssignmentProjects,
                                           VisitListWriter visitAssignmentListWriter, ProgressReporter progress) {
        return new StepBuilder("visit-assignment-lists-projects", jobRepository)
                .<String, String>chunk(1)
                .transactionManager(transactionManager)
                .transactionAttribute(ProjectPartitions.WORKER_TRANSACTION)
                .reader(visitAssignmentProjects)
                .writer(visitAssignmentListWriter)
                .listener(progress)
                .build();
    }

    /** The run's projects, spread over the partitions the same way for deciding and for the lists. */
    @Bean
    @StepScope
    ProjectPartitioner visitAssignmentPartitioner(VisitAssignmentMapper mapper, ProjectPartitions partitions,
                                                  @Value("#{stepExecution}") StepExecution step) {
        return partitions.partitioner(ProjectScope.resolve(mapper, run(step)));
    }

    /** Decisions are read and written on one batch session: MyBatis allows one executor type per transaction. */
    @Bean
    BatchSession visitAssignmentBatchSession(SqlSessionFactory sessions) {
        return new BatchSession(new SqlSessionTemplate(sessions, ExecutorType.BATCH));
    }

    @Bean
    @StepScope
    ProjectScopeReader visitAssignmentProjects(@Value("#{stepExecution}") StepExecution step) {
        return new ProjectScopeReader(ProjectPartitioner.projects(step));
    }

    @Bean
    @StepScope
    ProjectStandingsReader visitAssignmentStandings(BatchSession visitAssignmentBatchSession,
                                                    @Value("#{stepExecution}") StepExecution step) {
        return new ProjectStandingsReader(ProjectPartitioner.projects(step),
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
