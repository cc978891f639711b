package com.satops.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Run the Quartz scheduler and the admin HTTP API until stopped.",
                "POST /api/jobs/{job}/runs?month=&week=&asOf=&project=&locale= triggers a run; "
                        + "GET /api/runs, /api/jobs, /api/schedules read. HTTP Basic as the admin user."})
public class ServeCommand implements Callable<Integer> {

    @Mixin
    HomeOption home;

    @Override
    public Integer call() throws InterruptedException {
        ConfigurableApplicationContext context = SpringContexts.start(home.resolve(), true,
                "--spring.quartz.auto-startup=true",
                "--spring.main.web-application-type=servlet");
        CountDownLatch stopped = new CountDownLatch(1);
        context.addApplicationListener(event -> {
            if (event instanceof org.springframework.context.event.ContextClosedEvent) {
                stopped.countDown();
            }
        });
        context.registerShutdownHook();
        stopped.await();
        return SatopsCli.COMPLETED;
    }
}
