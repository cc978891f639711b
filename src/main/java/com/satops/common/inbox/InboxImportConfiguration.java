package com.satops.common.inbox;

import com.satops.common.config.SatopsProperties;
import com.satops.common.run.ProgressReporter;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.ibatis.session.SqlSessionFactory;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.FlowBuilder;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.flow.Flow;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The inbox import as a Batch flow that every job starts with (FORMATS §4: `run`
 * imports first), and as the `import` job on its own. Its steps always run
 * again on restart: an interrupted import stages its waiting files anew.
 */
@Configuration(proxyBeanMethods = false)
public class InboxImportConfiguration {

    @Bean
    Flow importFlow(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                    SqlSessionFactory sessions, InboxScanTasklet scan, ImportVerdictTasklet verdict,
                    List<RowStager> stagers, List<KindMerge> merges, ImportedFileMapper files,
                    StagingMapper staging, DataIssueMapper issues, FileRejection rejection, InboxFolders folders,
                    Clock clock, SatopsProperties properties, ProgressReporter progress) {
        Map<InboxKind, RowStager> stagerOf = stagers.stream().collect(Collectors.toMap(RowStager::kind, Function.identity()));
        Map<InboxKind, KindMerge> mergeOf = merges.stream().collect(Collectors.toMap(KindMerge::kind, Function.identity()));
        FlowBuilder<Flow> flow = new FlowBuilder<Flow>("import-flow")
                .start(tasklet("import-scan", scan, jobRepository, transactionManager));
        for (InboxKind kind : InboxKind.values()) {
            InboxRowReader reader = new InboxRowReader(kind, clock, files, rejection);
            RowStagingProcessor processor = new RowStagingProcessor(stagerOf.get(kind), clock);
            Step stage = new StepBuilder("import-" + kind.folder() + "-stage", jobRepository)
                    .<SourceRow, StagedRow>chunk(properties.importing().chunkSize())
                    .transactionManager(transactionManager)
                    .reader(reader)
                    .processor(processor)
                    .writer(new StagedRowWriter(sessions, kind))
                    .listener(reader)
                    .listener(processor)
                    .listener(progress)
                    .allowStartIfComplete(true)
                    .build();
            FileMergeTasklet mergeTasklet = new FileMergeTasklet(mergeOf.get(kind), files, staging, issues, folders,
                    clock, properties, transactionManager);
            flow.next(stage).next(tasklet("import-" + kind.folder() + "-merge", mergeTasklet, jobRepository,
                    transactionManager));
        }
        return flow.next(tasklet("import-verdict", verdict, jobRepository, transactionManager)).build();
    }

    @Bean
    Job importJob(JobRepository jobRepository, Flow importFlow) {
        return new JobBuilder(ImportVerdictTasklet.IMPORT_JOB, jobRepository).start(importFlow).end().build();
    }

    private static Step tasklet(String name, org.springframework.batch.core.step.tasklet.Tasklet tasklet,
                                JobRepository jobRepository, PlatformTransactionManager transactionManager) {
        return new StepBuilder(name, jobRepository).tasklet(tasklet, transactionManager)
                .allowStartIfComplete(true).build();
    }
}
