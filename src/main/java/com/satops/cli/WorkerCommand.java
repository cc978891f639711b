package com.satops.cli;

import com.satops.common.run.remote.RemoteProperties;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "worker", mixinStandardHelpOptions = true,
        description = {"Run the partitions of per-project steps that managers (`run`, `serve` with the remote "
                + "profile) put on the RabbitMQ queue, until stopped.",
                "Always on the mysql and remote profiles: the same database, RabbitMQ (spring.rabbitmq.*) and "
                        + "satops.remote.queue as the manager, and a --home whose reports/ the manager's users read. "
                        + "Starts no schedule and no HTTP server. SIGTERM: takes no new partition, finishes those "
                        + "it runs (satops.remote.drain-timeout), exits. See README, Adding workers."})
public class WorkerCommand implements Callable<Integer> {

    private static final Logger log = LoggerFactory.getLogger(WorkerCommand.class);

    @Mixin
    HomeOption home;

    @Option(names = "--concurrency", paramLabel = "N",
            description = "Partitions run at once (default: satops.remote.concurrency, 0: one per processor)")
    Integer concurrency;

    @Override
    public Integer call() throws InterruptedException {
        if (concurrency != null && concurrency < 1) {
            throw new UsageException(CliMessages.get("cli.worker.concurrency", concurrency));
        }
        List<String> extra = new ArrayList<>(List.of("--satops.remote.worker=true",
                "--spring.quartz.auto-startup=false"));
        if (concurrency != null) {
            extra.add("--satops.remote.concurrency=" + concurrency);
        }
        ConfigurableApplicationContext context = SpringContexts.start(home.resolve(), false,
                List.of("mysql", "remote"), extra.toArray(String[]::new));
        RemoteProperties remote = context.getBean(RemoteProperties.class);
        log.info("{}", CliMessages.get("cli.worker.ready", remote.consumers(), remote.queue()));
        SpringContexts.awaitClose(context);
        return SatopsCli.COMPLETED;
    }
}
