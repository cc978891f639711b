package com.satops.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.satops.SatopsApplication;
import com.satops.common.run.JobRunner;
import com.satops.common.run.RunSummary;
import com.satops.demo.DemoCompanyGenerator;
import com.satops.demo.DemoSpec;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.flywaydb.core.Flyway;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Runs a job in a context of its own with a given {@code satops.partitions}, on
 * its own home and a fresh database, and keeps what a user would compare: the
 * figures, every workbook's cells and the mails queued and written.
 */
public final class PartitionedRuns {

    /** The database a run's context uses. */
    public enum Database { H2, MARIADB }

    private PartitionedRuns() {
    }

    public record Outcome(String status, Map<String, Object> figures, long dataIssues, List<String> reports,
                          Map<String, List<String>> workbookCells, List<String> mails, long mailFiles) {
    }

    /**
     * Attachments are named relative to the home ({@code <home>/reports/...}), so runs in two homes compare.
     *
     * @param inbox fills the home's inbox before the run
     * @param run   starts the job(s); the last summary is the one kept
     */
    public static Outcome run(Database database, int partitions, Path home, Consumer<Path> inbox,
                              Function<JobRunner, RunSummary> run) {
        inbox.accept(home.resolve("inbox"));
        try (ConfigurableApplicationContext context = start(database, partitions, home)) {
            if (database == Database.MARIADB) {
                Flyway flyway = context.getBean(Flyway.class);
                flyway.clean();
                flyway.migrate();
            }
            RunSummary summary = run.apply(context.getBean(JobRunner.class));
            List<String> mails = context.getBean(JdbcTemplate.class).queryForList(
                    "SELECT CONCAT(recipient, ' | ', subject, ' | ', COALESCE(attachment_path, '')) FROM mail_outbox"
                            + " ORDER BY recipient, subject, attachment_path", String.class)
                    .stream().map(mail -> mail.replace(home.toAbsolutePath().toString(), "<home>")).toList();
            return new Outcome(summary.status(), summary.figures(), summary.dataIssues(), summary.reports(),
                    workbookCells(home),
                    mails, countFiles(home.resolve("outbox"), ".eml"));
        }
    }

    /** The generated company the comparisons run on: five projects of different sizes. */
    public static void demoCompany(Path inbox, LocalDate asOf) {
        try {
            new DemoCompanyGenerator().generate(inbox, DemoSpec.asOf(1_500, 5, 20261120, asOf));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The job on one partition and on four, from the same company: the same figures, workbooks and mails. */
    public static void assertFourPartitionsAgreeWithOne(Database database, Path one, Path four, LocalDate asOf,
                                                        Function<JobRunner, RunSummary> run) {
        assertFourPartitionsAgreeWithOne(database, one, four, asOf, run, true);
    }

    /**
     * As above; {@code perProject} false for a job that writes only company-wide files and mails
     * nobody: then both runs write the same files and mail nobody alike.
     */
    public static void assertFourPartitionsAgreeWithOne(Database database, Path one, Path four, LocalDate asOf,
                                                        Function<JobRunner, RunSummary> run, boolean perProject) {
        Outcome single = run(database, 1, one, inbox -> demoCompany(inbox, asOf), run);
        Outcome partitioned = run(database, 4, four, inbox -> demoCompany(inbox, asOf), run);

        assertThat(single.status()).isEqualTo("COMPLETED");
        assertThat(partitioned.status()).isEqualTo("COMPLETED");
        assertThat(single.figures()).isNotEmpty();
        assertThat(partitioned.figures()).isEqualTo(single.figures());
        assertThat(partitioned.dataIssues()).isEqualTo(single.dataIssues());
        assertThat(partitioned.reports()).isEqualTo(single.reports());
        assertThat(single.workbookCells()).hasSizeGreaterThan(perProject ? 5 : 0);
        assertThat(partitioned.workbookCells().keySet()).isEqualTo(single.workbookCells().keySet());
        single.workbookCells().forEach((file, cells) ->
                assertThat(partitioned.workbookCells().get(file)).as(file).isEqualTo(cells));
        if (perProject) {
            assertThat(single.mails()).isNotEmpty();
        }
        assertThat(partitioned.mails()).isEqualTo(single.mails());
        assertThat(partitioned.mailFiles()).isEqualTo(single.mailFiles());
    }

    private static ConfigurableApplicationContext start(Database database, int partitions, Path home) {
        SpringApplication application = new SpringApplication(SatopsApplication.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        List<String> args = new ArrayList<>(List.of(
                "--satops.home=" + home.toAbsolutePath(),
                "--satops.partitions=" + partitions,
                "--satops.progress-interval=1s"));
        if (database == Database.H2) {
            args.add("--spring.datasource.url=jdbc:h2:mem:partitions-" + UUID.randomUUID()
                    + ";MODE=MySQL;DB_CLOSE_DELAY=-1");
        } else {
            application.setAdditionalProfiles("mysql");
            application.addInitializers(new MariaDbTestDatabase());
        }
        return application.run(args.toArray(String[]::new));
    }

    /** Relative path → "sheet!A1=text" of every non-blank cell, in sheet and row order. */
    public static Map<String, List<String>> workbookCells(Path home) {
        Map<String, List<String>> cells = new TreeMap<>();
        Path reports = home.resolve("reports");
        DataFormatter format = new DataFormatter();
        for (Path file : files(reports, ".xlsx")) {
            List<String> texts = new ArrayList<>();
            try (InputStream in = Files.newInputStream(file); Workbook workbook = new XSSFWorkbook(in)) {
                for (Sheet sheet : workbook) {
                    for (Row row : sheet) {
                        for (Cell cell : row) {
                            String text = format.formatCellValue(cell);
                            if (!text.isEmpty()) {
                                texts.add(sheet.getSheetName() + "!" + cell.getAddress() + "=" + text);
                            }
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            cells.put(home.relativize(file).toString(), texts);
        }
        return cells;
    }

    public static long countFiles(Path root, String suffix) {
        return files(root, suffix).size();
    }

    private static List<Path> files(Path root, String suffix) {
        if (!Files.exists(root)) {
            return List.of();
        }
        try (Stream<Path> paths = Files.walk(root)) {
            return paths.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
