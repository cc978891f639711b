package com.satops.satisfaction;

import com.satops.common.config.SatopsProperties;
import com.satops.common.mail.MailOutbox;
import com.satops.common.mail.MailTemplates;
import com.satops.common.report.DataIssueListingMapper;
import com.satops.common.report.ReportLocale;
import com.satops.common.report.ReportTexts;
import com.satops.common.report.UnmailedStaffMapper;
import com.satops.common.run.JobCatalog;
import com.satops.common.run.ProgressReporter;
import com.satops.common.run.ProjectPartitioner;
import com.satops.common.run.ProjectPartitions;
import com.satops.common.run.RunOutputLog;
import com.satops.common.run.RunParameters;
import java.nio.file.Path;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.flow.Flow;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.support.CompositeItemWriter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * satisfaction-summary: import, then the month's figures for the run summary,
 * then per scope the workbook and the trend chart (SatisfactionReportWriter) and
 * its mails (SatisfactionMailWriter): each project's in {@code satops.partitions}
 * partitions on their own threads, then the company's in one step. See jobs/satisfaction-summary.md.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SatisfactionSettings.class)
public class SatisfactionSummaryJobConfiguration {

    /** Scopes per transaction: each is a workbook, a chart and its mails. */
    private static final int SCOPES_PER_CHUNK = 10;

    @Bean
    ReasonClassifier satisfactionReasonClassifier(SatisfactionSettings settings) {
        return new ReasonClassifier(settings.keywords());
    }

    @Bean
    Job satisfactionSummaryJob(JobRepository jobRepository, Flow importFlow, Step satisfactionFiguresStep,
                               Step satisfactionReportsStep, Step satisfactionCompanyReportsStep) {
        return new JobBuilder(JobCatalog.SATISFACTION_SUMMARY.jobName(), jobRepository)
                .start(importFlow)
                .next(satisfactionFiguresStep)
                .next(satisfactionReportsStep)
                .next(satisfactionCompanyReportsStep)
                .end()
                .build();
    }

    /** Always computed again, also on restart, so figures and reports come from the same data. */
    @Bean
    Step satisfactionFiguresStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                                 SatisfactionFiguresTasklet satisfactionFiguresTasklet) {
        return new StepBuilder("satisfaction-figures", jobRepository)
                .tasklet(satisfactionFiguresTasklet, transactionManager)
                .allowStartIfComplete(true)
                .build();
    }

    @Bean
    Step satisfactionReportsStep(JobRepository jobRepository, ProjectPartitions partitions,
                                 Step satisfactionProjectReportsStep, ProjectPartitioner satisfactionPartitioner) {
        return partitions.step("satisfaction-reports", jobRepository, satisfactionProjectReportsStep,
                satisfactionPartitioner);
    }

    @Bean
    Step satisfactionProjectReportsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                                        SatisfactionScopeReader satisfactionProjectScopes,
                                        SatisfactionReportProcessor satisfactionReportProcessor,
                                        SatisfactionReportWriter satisfactionReportWriter,
                                        SatisfactionMailWriter satisfactionMailWriter, ProgressReporter progress) {
        return scopeStep("satisfaction-reports-projects", jobRepository, transactionManager,
                satisfactionProjectScopes, satisfactionReportProcessor, satisfactionReportWriter,
                satisfactionMailWriter, progress);
    }

    /** The company's summary after the projects', in one step. */
    @Bean
    Step satisfactionCompanyReportsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                                        SatisfactionScopeReader satisfactionCompanyScope,
                                        SatisfactionReportProcessor satisfactionReportProcessor,
                                        SatisfactionReportWriter satisfactionReportWriter,
                                        SatisfactionMailWriter satisfactionMailWriter, ProgressReporter progress) {
        return scopeStep("satisfaction-company-reports", jobRepository, transactionManager,
                satisfactionCompanyScope, satisfactionReportProcessor, satisfactionReportWriter,
                satisfactionMailWriter, progress);
    }

    private static Step scopeStep(String name, JobRepository jobRepository,
                                  PlatformTransactionManager transactionManager, SatisfactionScopeReader scopes,
                                  SatisfactionReportProcessor processor, SatisfactionReportWriter reports,
                                  SatisfactionMailWriter mails, ProgressReporter progress) {
        return new StepBuilder(name, jobRepository)
                .<ScopeDigest, ScopeReport>chunk(SCOPES_PER_CHUNK)
                .transactionManager(transactionManager)
                .transactionAttribute(ProjectPartitions.WORKER_TRANSACTION)
                .reader(scopes)
                .processor(processor)
                .writer(new CompositeItemWriter<>(reports, mails))
                .listener(progress)
                .build();
    }

    /** The run's projects (all, or those named), spread over the partitions. */
    @Bean
    @StepScope
    ProjectPartitioner satisfactionPartitioner(SatisfactionMapper mapper, ProjectPartitions partitions,
                                               @Value("#{stepExecution}") StepExecution stepExecution) {
        return partitions.partitioner(mapper.projects(run(stepExecution).projects()).stream()
                .map(ProjectName::projectCode).toList());
    }

    @Bean
    @StepScope
    SatisfactionScopeReader satisfactionProjectScopes(SatisfactionDigests digests,
                                                      @Value("#{stepExecution}") StepExecution stepExecution) {
        return SatisfactionScopeReader.projects(digests, run(stepExecution).month(),
                ProjectPartitioner.projects(stepExecution));
    }

    @Bean
    @StepScope
    SatisfactionScopeReader satisfactionCompanyScope(SatisfactionDigests digests,
                                                     @Value("#{stepExecution}") StepExecution stepExecution) {
        RunParameters run = run(stepExecution);
        return SatisfactionScopeReader.company(digests, run.month(), run.projects());
    }

    @Bean
    @StepScope
    SatisfactionReportProcessor satisfactionReportProcessor(SatopsProperties properties,
                                                            @Value("#{stepExecution}") StepExecution stepExecution) {
        return new SatisfactionReportProcessor(home(properties), run(stepExecution));
    }

    @Bean
    @StepScope
    SatisfactionReportWriter satisfactionReportWriter(SatisfactionMapper mapper, DataIssueListingMapper issues,
                                                      UnmailedStaffMapper staff,
                                                      ReasonClassifier satisfactionReasonClassifier,
                                                      ReportTexts texts, RunOutputLog outputs,
                                                      @Value("#{stepExecution}") StepExecution stepExecution) {
        RunParameters run = run(stepExecution);
        StewardDirectory stewards = new StewardDirectory(mapper.activeStewards(run.projects()));
        SatisfactionWorkbook workbook = new SatisfactionWorkbook(mapper, issues, satisfactionReasonClassifier,
                stewards, texts.of(run.locale()));
        return new SatisfactionReportWriter(workbook, staff, outputs, run, stepExecution.getJobExecution());
    }

    @Bean
    @StepScope
    SatisfactionMailWriter satisfactionMailWriter(MailOutbox outbox, SatisfactionMapper mapper,
                                                  SatopsProperties properties, SatisfactionSettings settings,
                                                  MailTemplates mailTemplates,
                                                  @Value("#{stepExecution}") StepExecution stepExecution) {
        RunParameters run = run(stepExecution);
        return new SatisfactionMailWriter(run, stepExecution.getJobExecution(), outbox, mapper,
                properties.mail().executives(),
                new SatisfactionMailText(mailTemplates, ReportLocale.of(run.locale()), settings.topReasons()));
    }

    private static RunParameters run(StepExecution stepExecution) {
        return RunParameters.from(stepExecution.getJobExecution().getJobInstance().getJobName(),
                stepExecution.getJobParameters());
    }

    private static Path home(SatopsProperties properties) {
        return properties.home().toAbsolutePath().normalize();
    }
}
