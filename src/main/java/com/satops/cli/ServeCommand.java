package com.satops.cli;

import com.satops.service.security.NoUsersConfiguredException;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Run the Quartz scheduler and the admin HTTP API until stopped.",
                "Listens on 127.0.0.1:8080 (server.address, SATOPS_PORT); users from satops.security.users "
                        + "(`satops hash-password` makes their {bcrypt} hash). See README, Running as a service."})
public class ServeCommand implements Callable<Integer> {

    @Mixin
    HomeOption home;

    @Override
    public Integer call() throws InterruptedException {
        ConfigurableApplicationContext context;
        try {
            context = SpringContexts.start(home.resolve(), true,
                    "--spring.quartz.auto-startup=true",
                    "--spring.main.web-application-type=servlet",
                    // The failure analysis says it in one line below; the framework's banner would repeat it.
                    "--logging.level.org.springframework.boot.diagnostics.LoggingFailureAnalysisReporter=OFF");
        } catch (RuntimeException e) {
            NoUsersConfiguredException noUsers = find(e);
            if (noUsers != null) {
                throw noUsers;
            }
            throw e;
        }
        SpringContexts.awaitClose(context);
        return SatopsCli.COMPLETED;
    }

    private static NoUsersConfiguredException find(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof NoUsersConfiguredException noUsers) {
                return noUsers;
            }
        }
        return null;
    }
}
