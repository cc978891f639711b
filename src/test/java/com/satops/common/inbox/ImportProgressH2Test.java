package com.satops.common.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.satops.common.run.JobCatalog;
import com.satops.common.run.JobRunner;
import com.satops.common.run.ProgressTotal;
import com.satops.common.run.RunSummary;
import com.satops.support.FreshStart;
import com.satops.support.H2Database;
import com.satops.support.TestHome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** An import's stage step says, as it goes, how much of its files it has read and when it will be done. */
@H2Database
class ImportProgressH2Test extends FreshStart {

    @DynamicPropertySource
    static void reportEveryChunk(DynamicPropertyRegistry registry) {
        registry.add("satops.progress-interval", () -> "0s");
        registry.add("satops.importing.chunk-size", () -> "100");
    }

    @Autowired
    JobRunner runner;

    @Autowired
    JobRepository jobRepository;

    private final ListAppender<ILoggingEvent> lines = new ListAppender<>();
    private final Logger progress = (Logger) LoggerFactory.getLogger("com.satops.progress");

    @BeforeEach
    void listen() {
        lines.start();
        progress.addAppender(lines);
    }

    @AfterEach
    void stopListening() {
        progress.detachAppender(lines);
    }

    @Test
    void theStageStepLogsItsPercentOfTheWaitingFilesBytesAndAnEta() throws IOException {
        // given: a file far bigger than what the CSV reader buffers at once
        Path file = TestHome.dropCsv("erp", "erp-big.csv",
                InboxImportScenario.header() + InboxImportScenario.rows(6000));
        long size = Files.size(file);

        // when
        RunSummary summary = runner.run(JobCatalog.IMPORT.parameters(null, null, InboxImportScenario.AS_OF,
                List.of(), "zh-CN", InboxImportScenario.AS_OF));

        // then
        assertThat(summary.status()).isEqualTo("COMPLETED");
        // the one file is read by one of the stage step's partitions
        List<String> erp = lines.list.stream().map(ILoggingEvent::getFormattedMessage)
                .filter(line -> line.matches("import-erp-stage-files:partition\\d+: (done, )?[1-9].*")).toList();
        assertThat(erp).anySatisfy(line -> assertThat(line)
                .matches("import-erp-stage-files:partition\\d+: [\\d,]+ items, [\\d,]+ items/s,"
                        + " ([1-9]|[1-9]\\d) % of \\d+\\.\\d KB, ETA \\d+:\\d\\d"));
        assertThat(erp).last().asString().matches("import-erp-stage-files:partition\\d+: done, 6,000 items.*");
        assertThat(lines.list.stream().map(ILoggingEvent::getFormattedMessage))
                .noneMatch(line -> line.contains("unknown"));
        // what the console's run page reads while the step runs, left at its end
        StepExecution stage = jobRepository.getJobExecution(summary.executionId()).getStepExecutions().stream()
                .filter(step -> step.getStepName().startsWith("import-erp-stage-files:") && step.getReadCount() > 0)
                .findFirst().orElseThrow();
        assertThat(ProgressTotal.of(stage.getExecutionContext())).isEqualTo(new ProgressTotal(size, size, true));
    }
}
