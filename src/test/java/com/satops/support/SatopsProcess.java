package com.satops.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;

/**
 * A satops command run in a JVM of its own, as an admin starts it: the
 * application's main class on the test classpath. Tests start two at once, or
 * kill one with SIGKILL ({@link Process#destroyForcibly()} on Linux) mid-run.
 * Standard output is kept (the --json summary); standard error, the progress
 * log, is watched line by line for what the test waits for.
 */
public final class SatopsProcess {

    private static final String MAIN = "com.satops.SatopsApplication";

    private final Process process;
    private final Path stdout;
    private final List<String> errLines = new ArrayList<>();
    private final List<Watch> watches = new ArrayList<>();
    private final CompletableFuture<Void> errClosed = new CompletableFuture<>();

    private record Watch(Pattern pattern, CompletableFuture<String> seen) {
    }

    private SatopsProcess(Process process, Path stdout) {
        this.process = process;
        this.stdout = stdout;
        Thread reader = new Thread(this::readErr, "satops-process-stderr-" + process.pid());
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts {@code satops <args> --home <home>} on the given database. */
    public static SatopsProcess start(Path home, ProcessDatabase database, String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Dfile.encoding=UTF-8",
                "-cp", System.getProperty("java.class.path"), MAIN));
        command.addAll(List.of(args));
        command.add("--home");
        command.add(home.toString());
        command.addAll(database.options());
        try {
            Files.createDirectories(home);
            Path out = Files.createTempFile(home, "stdout-", ".txt");
            Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).start();
            return new SatopsProcess(process, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits until a line of the process's log matches, and returns it. */
    public String awaitLog(String regex, Duration timeout) throws InterruptedException {
        CompletableFuture<String> seen = new CompletableFuture<>();
        Pattern pattern = Pattern.compile(regex);
        synchronized (errLines) {
            for (String line : errLines) {
                if (pattern.matcher(line).find()) {
                    return line;
                }
            }
            watches.add(new Watch(pattern, seen));
        }
        try {
            CompletableFuture.anyOf(seen, errClosed).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            kill();
            throw new AssertionError("no log line matching " + regex + " within " + timeout + ":\n" + log(), e);
        }
        String line = seen.getNow(null);
        if (line == null) {
            throw new AssertionError("satops ended without a log line matching " + regex + ":\n" + log());
        }
        return line;
    }

    /** Waits for the process to end by itself; returns its exit status. */
    public int waitFor(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly().waitFor();
            throw new AssertionError("satops did not finish within " + timeout + ":\n" + log());
        }
        try {
            errClosed.get(10, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new AssertionError("the process's standard error did not close", e);
        }
        return process.exitValue();
    }

    /** SIGTERM ({@link Process#destroy()} on Linux): the process's shutdown hooks run; returns its exit status. */
    public int stop(Duration timeout) throws InterruptedException {
        process.destroy();
        return waitFor(timeout);
    }

    /** kill -9: the process gets no chance to finish anything. */
    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    public String stdout() {
        try {
            return Files.readString(stdout, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String log() {
        synchronized (errLines) {
            return String.join("\n", errLines);
        }
    }

    private void readErr() {
        try (BufferedReader err = new BufferedReader(new InputStreamReader(process.getErrorStream(),
                StandardCharsets.UTF_8))) {
            for (String line = err.readLine(); line != null; line = err.readLine()) {
                synchronized (errLines) {
                    errLines.add(line);
                    for (Watch watch : watches) {
                        if (!watch.seen().isDone() && watch.pattern().matcher(line).find()) {
                            watch.seen().complete(line);
                        }
                    }
                }
            }
        } catch (IOException e) {
            // The process was killed: its pipe breaks, and what it wrote until then is kept.
        } finally {
            errClosed.complete(null);
        }
    }
}
