package com.satops.common.inbox;

import com.satops.common.run.RunOutputLog;
import com.satops.common.run.RunParameters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

/**
 * Closes the import: the `import` job reports its figures, and any file over
 * the reject rate fails the run, after every other file has applied.
 */
@Component
public class ImportVerdictTasklet implements Tasklet {

    public static final String IMPORT_JOB = "import";

    private final ImportedFileMapper files;
    private final BadRowsCsv badRows;
    private final RunOutputLog outputs;

    public ImportVerdictTasklet(ImportedFileMapper files, BadRowsCsv badRows, RunOutputLog outputs) {
        this.files = files;
        this.badRows = badRows;
        this.outputs = outputs;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        JobExecution job = contribution.getStepExecution().getJobExecution();
        if (IMPORT_JOB.equals(job.getJobInstance().getJobName())) {
            outputs.figures(job, figures(files.countsForExecution(job.getId())));
        }
        Locale locale = reportLocale(job);
        files.overRateFiles(job.getId()).forEach(file -> badRows.write(file, locale));
        List<String> overRate = files.overRateMessages(job.getId());
        if (!overRate.isEmpty()) {
            throw new RejectRateExceededException(String.join("; ", overRate));
        }
        return RepeatStatus.FINISHED;
    }

    private static Locale reportLocale(JobExecution job) {
        String tag = RunParameters.from(job.getJobInstance().getJobName(), job.getJobParameters()).locale();
        return tag == null ? DataIssueText.STORED : Locale.forLanguageTag(tag);
    }

    static Map<String, Object> figures(List<ImportedFileCount> counts) {
        long filesSeen = 0;
        long rows = 0;
        long applied = 0;
        long rejected = 0;
        long duplicates = 0;
        Map<String, Long> rowsByKind = new LinkedHashMap<>();
        for (InboxKind kind : InboxKind.values()) {
            rowsByKind.put("rows." + kind.folder(), 0L);
        }
        for (ImportedFileCount count : counts) {
            if ("ABANDONED".equals(count.status())) {
                continue;
            }
            filesSeen += count.files();
            rows += count.dataRows();
            applied += count.appliedRows();
            rowsByKind.merge("rows." + count.kind().folder(), count.dataRows(), Long::sum);
            switch (count.status()) {
                case "REJECTED", "OVER_RATE" -> rejected += count.files();
                case "DUPLICATE" -> duplicates += count.files();
                default -> { }
            }
        }
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("files", filesSeen);
        figures.put("rows", rows);
        figures.put("applied", applied);
        figures.put("rejectedFiles", rejected);
        figures.put("duplicateFiles", duplicates);
        figures.putAll(rowsByKind);
        return figures;
    }
}
