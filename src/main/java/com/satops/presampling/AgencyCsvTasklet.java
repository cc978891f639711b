package com.satops.presampling;

import com.satops.common.domain.OccupancyStatus;
import com.satops.common.report.AtomicWrite;
import com.satops.common.report.ReportLocale;
import com.satops.common.report.ReportTexts;
import com.satops.common.run.RunOutputLog;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Writes {@code sample-frame-<month>.csv} for the survey agency: the eligible
 * households, UTF-8 with a BOM so Excel opens it right, phones masked unless the
 * deployment turns unmasking on, and no value that a spreadsheet would run as a
 * formula. It appears under its name only when complete.
 */
class AgencyCsvTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(AgencyCsvTasklet.class);
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private final SampleFrameMapper frames;
    private final FrameReportMapper listings;
    private final Set<OccupancyStatus> occupied;
    private final Path home;
    private final boolean unmaskPhones;
    private final ReportTexts texts;
    private final RunOutputLog outputs;

    AgencyCsvTasklet(SampleFrameMapper frames, FrameReportMapper listings, Set<OccupancyStatus> occupied, Path home,
                     boolean unmaskPhones, ReportTexts texts, RunOutputLog outputs) {
        this.frames = frames;
        this.listings = listings;
        this.occupied = occupied;
        this.home = home;
        this.unmaskPhones = unmaskPhones;
        this.texts = texts;
        this.outputs = outputs;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        FrameRun run = FrameRun.of(contribution, occupied);
        ReportLocale locale = run.locale();
        Path target = FramePaths.agencyCsv(home, run.parameters());
        long started = System.nanoTime();
        AtomicLong rows = new AtomicLong();
        AtomicWrite.to(target, stream -> {
            Writer out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
            CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT);
            out.write(BYTE_ORDER_MARK);
            csv.printRecord(AgencyCsvRow.header(texts.of(locale)));
            ProjectByProject.read(frames, run.query(), project -> listings.eligible(project, result -> {
                print(csv, locale, result.getResultObject());
                rows.incrementAndGet();
            }));
            csv.flush();
        });
        log.info("{}: {} households in {} ms", target.getFileName(), rows.get(),
                (System.nanoTime() - started) / 1_000_000);
        outputs.report(run.execution(), target);
        return RepeatStatus.FINISHED;
    }

    private void print(CSVPrinter csv, ReportLocale locale, EligibleRow row) {
        try {
            csv.printRecord(AgencyCsvRow.cells(row, locale, unmaskPhones));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the agency CSV", e);
        }
    }
}
