package com.satops.cli;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The satops command line. Options meant for Spring ({@code --spring.profiles.active=mysql},
 * {@code --satops.importing.max-reject-rate=0.1}) pass through to the application context.
 */
@Command(name = "satops", mixinStandardHelpOptions = true, version = "satops 0.1.0",
        description = "Satisfaction operations batch jobs: import, presampling-cleanup, visit-assignment, "
                + "patrol-closeout, satisfaction-summary, service-followup; mail resend; remote partition workers.",
        subcommands = {RunCommand.class, ImportCommand.class, DemoCommand.class, BenchCommand.class, JobsCommand.class,
                RunsCommand.class, SchedulesCommand.class, MailCommand.class, ServeCommand.class,
                WorkerCommand.class,
                HashPasswordCommand.class, CommandLine.HelpCommand.class})
public class SatopsCli implements Runnable {

    public static final int COMPLETED = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;

    /** Goes to the log file only (logback-spring.xml): the console gets the one line. */
    private static final Logger failureLog = LoggerFactory.getLogger("com.satops.cli.failure");

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
        // One line, never the whole usage text: what is wrong and where the help is.
        cli.setParameterExceptionHandler((e, ignoredArgs) -> {
            CommandLine command = e.getCommandLine();
            command.getErr().println("satops: " + CliMessages.get("cli.usage.hint", e.getMessage(),
                    command.getCommandSpec().qualifiedName(" ")));
            command.getErr().flush();
            return USAGE;
        });
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            FailureLine failure = FailureLine.of(e);
            if (failure.unexpected()) {
                failureLog.error("{}", failure.line(), e);
            } else {
                failureLog.info("{}", failure.line(), e);
            }
            commandLine.getErr().println("satops: " + failure.line());
            commandLine.getErr().flush();
            return failure.exit();
        });
        return cli.execute(own.toArray(String[]::new));
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
    }
}
