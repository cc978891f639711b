package com.satops.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The satops command line. Options meant for Spring ({@code --spring.profiles.active=mysql},
 * {@code --satops.importing.max-reject-rate=0.1}) pass through to the application context.
 */
@Command(name = "satops", mixinStandardHelpOptions = true, version = "satops 0.1.0",
        description = "Satisfaction operations batch jobs: import, presampling-cleanup, visit-assignment, "
                + "patrol-closeout, satisfaction-summary.",
        subcommands = {RunCommand.class, ImportCommand.class, DemoCommand.class, BenchCommand.class, JobsCommand.class,
                RunsCommand.class, SchedulesCommand.class, ServeCommand.class, HashPasswordCommand.class,
                CommandLine.HelpCommand.class})
public class SatopsCli implements Runnable {

    public static final int COMPLETED = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static int execute(String... args) {
        List<String> own = new ArrayList<>();
        List<String> spring = new ArrayList<>();
        for (String arg : args) {
            if (arg.startsWith("--spring.") || arg.startsWith("--satops.") || arg.startsWith("--logging.")
                    || arg.startsWith("--server.")) {
                spring.add(arg);
            } else {
                own.add(arg);
            }
        }
        SpringContexts.setPassThrough(spring);
        CommandLine cli = new CommandLine(new SatopsCli());
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("satops: " + e.getMessage());
            return e instanceof IllegalArgumentException ? USAGE : FAILED;
        });
        return cli.execute(own.toArray(String[]::new));
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
    }
}
