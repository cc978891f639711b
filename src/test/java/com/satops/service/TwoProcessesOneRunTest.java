package com.satops.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.satops.demo.DemoCompanyGenerator;
import com.satops.demo.DemoSpec;
import com.satops.support.MariaDbTestDatabase;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two real processes start the same job with the same parameters at the same
 * moment: one runs it to completion, the other says in one line that it is
 * already running (exit 1); every inbox file is applied once.
 */
class TwoProcessesOneRunTest {

    private static final String[] RUN = {"run", "presampling-cleanup", "--month", "2026-12", "--as-of", "2026-11-27",
            "--json"};

    @TempDir
    Path home;

    @Test
    void onAnH2FileHome() throws Exception {
        generateCompany();
        String url = "jdbc:h2:file:" + home.resolve("data/satops") + ";MODE=MySQL;AUTO_SERVER=TRUE";
        migrate(url, "sa", "", "h2");

        List<Outcome> outcomes = runTwice(List.of());

        assertOneCompletedOneRefused(outcomes);
        assertEveryFileAppliedOnce(url, "sa", "");
    }

    @Test
    void onMariaDb() throws Exception {
        generateCompany();
        String url = System.getProperty("satops.test.mysql.url", MariaDbTestDatabase.DEFAULT_URL);
        new MariaDbTestDatabase().ensure(url);
        migrate(url, "root", "", "mysql");

        List<Outcome> outcomes = runTwice(List.of("--spring.profiles.active=mysql", "--spring.datasource.url=" + url,
                "--spring.datasource.username=root", "--spring.datasource.password="));

        assertOneCompletedOneRefused(outcomes);
        assertEveryFileAppliedOnce(url, "root", "");
    }

    private void generateCompany() throws Exception {
        new DemoCompanyGenerator().generate(home.resolve("inbox"), DemoSpec.asOf(20_000, 3, 7,
                LocalDate.of(2026, 11, 20)));
    }

    private static void migrate(String url, String user, String password, String vendor) {
        Flyway flyway = Flyway.configure().dataSource(url, user, password).cleanDisabled(false)
                .locations("classpath:db/migration/common", "classpath:db/migration/" + vendor).load();
        flyway.clean();
        flyway.migrate();
    }

    private List<Outcome> runTwice(List<String> springArgs) throws Exception {
        List<Process> processes = new ArrayList<>();
        List<Path> outs = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                    "-cp", System.getProperty("java.class.path"), "com.satops.SatopsApplication"));
            command.addAll(List.of(RUN));
            command.addAll(List.of("--home", home.toString()));
            command.addAll(springArgs);
            Path out = home.resolve("process-" + i + ".out");
            Path err = home.resolve("process-" + i + ".err");
            outs.add(out);
            processes.add(new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile())
                    .start());
        }
        List<Outcome> outcomes = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            assertThat(processes.get(i).waitFor(5, TimeUnit.MINUTES)).as("process %d ended", i).isTrue();
            outcomes.add(new Outcome(processes.get(i).exitValue(), Files.readString(outs.get(i)),
                    Files.readString(home.resolve("process-" + i + ".err"), StandardCharsets.UTF_8)));
        }
        return outcomes;
    }

    private static void assertOneCompletedOneRefused(List<Outcome> outcomes) {
        List<Outcome> completed = outcomes.stream().filter(o -> o.exit == 0).toList();
        List<Outcome> refused = outcomes.stream().filter(o -> o.exit == 1).toList();
        assertThat(completed).as("%s", outcomes).hasSize(1);
        assertThat(refused).as("%s", outcomes).hasSize(1);
        assertThat(completed.get(0).out).contains("\"status\":\"COMPLETED\"");
        List<String> lines = refused.get(0).err.lines().filter(l -> l.startsWith("satops: ")).toList();
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0)).contains("presampling-cleanup with these parameters is already running since");
        assertThat(refused.get(0).err).doesNotContain("\tat ");
    }

    private void assertEveryFileAppliedOnce(String url, String user, String password) throws Exception {
        TreeSet<String> processed = new TreeSet<>();
        try (Stream<Path> files = Files.walk(home.resolve("inbox/processed"))) {
            files.filter(Files::isRegularFile).forEach(f -> processed.add(f.getFileName().toString()));
        }
        TreeSet<String> applied = new TreeSet<>();
        try (Connection db = DriverManager.getConnection(url, user, password);
             Statement statement = db.createStatement()) {
            try (ResultSet twice = statement.executeQuery("SELECT sha256 FROM imported_file WHERE status = 'APPLIED'"
                    + " GROUP BY sha256 HAVING COUNT(*) > 1")) {
                assertThat(twice.next()).as("a file applied twice").isFalse();
            }
            try (ResultSet rows = statement.executeQuery(
                    "SELECT file_name FROM imported_file WHERE status = 'APPLIED'")) {
                while (rows.next()) {
                    applied.add(rows.getString(1));
                }
            }
            try (ResultSet households = statement.executeQuery("SELECT COUNT(*) FROM household")) {
                households.next();
                assertThat(households.getLong(1)).isPositive();
            }
        }
        assertThat(applied).isNotEmpty().isEqualTo(processed);
    }

    private record Outcome(int exit, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exit + "\n" + err.lines().filter(l -> !l.contains(File.separator + "at ")).limit(20)
                    .reduce("", (a, b) -> a + b + "\n");
        }
    }
}
