package com.satops.cli;

import com.satops.common.run.RunLedgerMapper;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "runs", mixinStandardHelpOptions = true,
        description = "The most recent run summaries, newest first, one JSON object a line.")
public class RunsCommand implements Callable<Integer> {

    @Mixin
    HomeOption home;

    @Option(names = "--limit", defaultValue = "20", description = "How many runs (default: ${DEFAULT-VALUE})")
    int limit;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        try (ConfigurableApplicationContext context = SpringContexts.start(home.resolve(), false)) {
            context.getBean(RunLedgerMapper.class).recentSummaries(limit)
                    .forEach(spec.commandLine().getOut()::println);
            spec.commandLine().getOut().flush();
            return SatopsCli.COMPLETED;
        }
    }
}
