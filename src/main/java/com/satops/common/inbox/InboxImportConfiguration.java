package com.satops.common.inbox;

import com.satops.common.config.SatopsProperties;
import com.satops.common.inbox.staging.BatchInsertStagingLoader;
import com.satops.common.inbox.staging.LocalInfileStagingLoader;
import com.satops.common.inbox.staging.StagingLoader;
import com.satops.common.run.ProgressReporter;
import com.satops.common.run.ProjectPartitions;
import com.satops.common.run.SideBySide;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.apache.ibatis.session.SqlSessionFactory;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.FlowBuilder;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.flow.Flow;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The inbox import as a Batch flow that every job starts with (FORMATS §4: `run`
 * imports first), and as the `import` job on its own. Its steps always run
 * again on restart: an interrupted import stages its waiting files anew. The
 * whole flow runs under the import lock (first step to last), so imports of
 * different jobs and processes take turns. The roster merges first; a group's
 * merges run beside one another and beside the next group's stages
 * ({@link #STAGE_GROUPS}).
 */
@Configuration(proxyBeanMethods = false)
public class InboxImportConfiguration {

    /**
     * The kinds in FORMATS order, grouped for staging: the roster's merge, the longest but for the surveys',
     * has the three kinds after it staged beside it; their merges, the surveys' the longest of all, the last
     * three. Measured at a million households on two cores: 106 s, against 112 s with each merge beside only
     * the next kind's stage and 115 s one step after another.
     */
    static final List<List<InboxKind>> STAGE_GROUPS = List.of(
            List.of(InboxKind.ERP),
            List.of(InboxKind.STAFF, InboxKind.CRM, InboxKind.SURVEYS),
            List.of(InboxKind.PATROL, InboxKind.VISITS, InboxKind.WORKORDERS));

    /**
     * One reader per stage step execution: jobs importing at once in one process share none of its state.
     * The step opens and closes it as a stream; no destroy method, because the step scope may be closed by
     * a stop request's thread while the step still reads (a stop then ends the step STOPPED, not broken).
     */
    @Bean(destroyMethod = "")
    @StepScope
    InboxRowReader importRowReader(@Value("#{stepExecution.stepName}") String stepName, Clock clock,
                                   ImportedFileMapper files, FileRejection rejection,
                                   StageLedger ledger) {
        return new InboxRowReader(stagedKind(stepName), clock, files, rejection, ledger);
    }

    @Bean
    @StepScope
    RowStagingProcessor importRowProcessor(@Value("#{stepExecution.stepName}") String stepName,
                                           List<RowStager> stagers, Clock clock) {
        InboxKind kind = stagedKind(stepName);
        RowStager stager = stagers.stream().filter(s -> s.kind() == kind).findFirst()
                .orElseThrow(() -> new IllegalStateException("no stager for " + kind));
        return new RowStagingProcessor(stager, clock);
    }

    /** One writer per stage step execution, holding that step's load; closed by its step, as the reader is. */
    @Bean(destroyMethod = "")
    @StepScope
    StagedRowWriter importRowWriter(@Value("#{stepExecution.stepName}") String stepName, StagingLoader stagingLoader,
                                    SqlSessionFactory sessions, StageLedger ledger) {
        return new StagedRowWriter(stagingLoader, sessions, stagedKind(stepName), ledger);
    }

    /** Bulk loads fed from the step on MySQL/MariaDB; JDBC batches on H2. */
    @Bean
    StagingLoader stagingLoader(SqlSessionFactory sessions, DataSource dataSource, Environment environment,
                                ProjectPartitions partitions) {
        var mybatis = sessions.getConfiguration();
        if ("mysql".equals(mybatis.getDatabaseId())) {
            return new LocalInfileStagingLoader(mybatis, environment.getRequiredProperty("spring.datasource.url"),
                    environment.getProperty("spring.datasource.username"),
                    environment.getProperty("spring.datasource.password", ""), partitions.partitions());
        }
        return new BatchInsertStagingLoader(mybatis, dataSource);
    }

    @Bean
    Flow importFlow(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                    ImportLockTasklet lock, ImportLockRelease unlock,
                    CutOffImportRecovery recovery, InboxScanTasklet scan, ImportVerdictTasklet verdict,
                    InboxRowReader importRowReader, RowStagingProcessor importRowProcessor,
                    StagedRowWriter importRowWriter,
                    List<KindMerge> merges, ImportedFileMapper files,
                    StagingMapper staging, SqlSessionFactory sessions, InboxFolders folders,
                    ProjectPartitions partitions,
                    Clock clock, SatopsProperties properties, ProgressReporter progress) {
        MergeSortBuffer sortBuffer = new MergeSortBuffer(staging,
                "mysql".equals(sessions.getConfiguration().getDatabaseId()));
        Map<InboxKind, KindMerge> mergeOf = merges.stream().collect(Collectors.toMap(KindMerge::kind, Function.identity()));
        FlowBuilder<Flow> flow = new FlowBuilder<Flow>("import-flow")
                .start(tasklet("import-lock", lock, unlock, jobRepository, transactionManager))
                .next(tasklet("import-recover", recovery, unlock, jobRepository, transactionManager))
                .next(tasklet("import-scan", scan, unlock, jobRepository, transactionManager));
        Map<InboxKind, Step> stages = new EnumMap<>(InboxKind.class);
        Map<InboxKind, Step> mergeSteps = new EnumMap<>(InboxKind.class);
        for (InboxKind kind : InboxKind.values()) {
            Step stageFiles = new StepBuilder(stageFilesStepName(kind), jobRepository)
                    .<SourceRow, StagedRow>chunk(properties.importing().chunkSize())
                    .transactionManager(transactionManager)
                    .transactionAttribute(ProjectPartitions.WORKER_TRANSACTION)
                    .reader(importRowReader)
                    .processor(importRowProcessor)
                    .writer(importRowWriter)
                    .listener(importRowReader)
                    .listener(importRowProcessor)
                    .listener(importRowWriter)
                    .listener(progress.measuredBy(importRowReader))
                    .listener(unlock)
                    .allowStartIfComplete(true)
                    .build();
            stages.put(kind, partitions.localStepRunAgainOnRestart(stageStepName(kind), jobRepository, stageFiles,
                    new StagedFilePartitioner()));
            FileMergeTasklet mergeTasklet = new FileMergeTasklet(mergeOf.get(kind), files, staging, sortBuffer,
                    folders, clock, properties, transactionManager);
            mergeSteps.put(kind, tasklet(mergeStepName(kind), mergeTasklet, unlock, jobRepository,
                    transactionManager));
        }
        // A group's merges run beside the next group's stages: the merges work in the database, the stages
        // mostly in Java parsing files, and neither reads what the other writes (a stage fills its own kind's
        // staging table; a merge reads its kind's, complete). The roster merges first, alone: every other kind
        // names its projects and households. The kinds after it read only those, so each group's merges run
        // beside one another, each statement on a core of the database.
        List<InboxKind> previous = null;
        for (List<InboxKind> group : STAGE_GROUPS) {
            Flow staged = SideBySide.inOrder(group.stream().map(stages::get).toList());
            flow.next(previous == null ? staged : SideBySide.of(merges(previous, mergeSteps), staged));
            previous = group;
        }
        return flow.next(merges(previous, mergeSteps))
                .next(tasklet(ImportLockRelease.LAST_STEP, verdict, unlock, jobRepository, transactionManager))
                .build();
    }

    @Bean
    Job importJob(JobRepository jobRepository, Flow importFlow) {
        return new JobBuilder(ImportVerdictTasklet.IMPORT_JOB, jobRepository).start(importFlow).end().build();
    }

    /** A group's merges, beside one another. */
    private static Flow merges(List<InboxKind> group, Map<InboxKind, Step> mergeSteps) {
        List<Flow> merges = group.stream().map(kind -> SideBySide.inOrder(List.of(mergeSteps.get(kind)))).toList();
        return merges.size() == 1 ? merges.get(0) : SideBySide.of(merges.toArray(Flow[]::new));
    }

    private static String mergeStepName(InboxKind kind) {
        return "import-" + kind.folder() + "-merge";
    }

    private static String stageStepName(InboxKind kind) {
        return "import-" + kind.folder() + "-stage";
    }

    /** The stage step's partitions: {@code import-<kind>-stage-files:partition<n>}. */
    private static String stageFilesStepName(InboxKind kind) {
        return stageStepName(kind) + "-files";
    }

    private static InboxKind stagedKind(String stepName) {
        String worker = stepName.contains(":") ? stepName.substring(0, stepName.indexOf(':')) : stepName;
        for (InboxKind kind : InboxKind.values()) {
            if (stageFilesStepName(kind).equals(worker)) {
                return kind;
            }
        }
        throw new IllegalStateException("not an inbox stage step: " + stepName);
    }

    private static Step tasklet(String name, org.springframework.batch.core.step.tasklet.Tasklet tasklet,
                                ImportLockRelease unlock, JobRepository jobRepository,
                                PlatformTransactionManager transactionManager) {
        return new StepBuilder(name, jobRepository).tasklet(tasklet, transactionManager).listener(unlock)
                .allowStartIfComplete(true).build();
    }
}
