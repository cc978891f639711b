package com.satops.cli;

import com.satops.SatopsApplication;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;

/** Starts the application context a command needs, rooted at the chosen home. */
final class SpringContexts {

    private static List<String> passThrough = List.of();

    private SpringContexts() {
    }

    static void setPassThrough(List<String> args) {
        passThrough = List.copyOf(args);
    }

    static ConfigurableApplicationContext start(Path home, boolean web, String... extra) {
        return start(home, web, List.of(), extra);
    }

    /** As {@link #start(Path, boolean, String...)}, with profiles added to those chosen on the command line. */
    static ConfigurableApplicationContext start(Path home, boolean web, List<String> profiles, String... extra) {
        SpringApplication application = new SpringApplication(SatopsApplication.class);
        application.setAdditionalProfiles(profiles.toArray(String[]::new));
        application.setWebApplicationType(web ? WebApplicationType.SERVLET : WebApplicationType.NONE);
        Path root = home.toAbsolutePath().normalize();
        List<String> args = new ArrayList<>();
        args.add("--satops.home=" + root);
        // The home's own application.yml (users, alerts, settings) wherever the command is started from; one
        // in the working directory is read too, as Spring reads it, and the home's wins over it.
        args.add("--spring.config.additional-location=optional:file:" + root + "/");
        args.addAll(List.of(extra));
        args.addAll(passThrough);
        return application.run(args.toArray(String[]::new));
    }

    /** Returns once the context has closed: on SIGTERM or Ctrl-C, through the shutdown hook registered here. */
    static void awaitClose(ConfigurableApplicationContext context) throws InterruptedException {
        CountDownLatch stopped = new CountDownLatch(1);
        context.addApplicationListener(event -> {
            if (event instanceof ContextClosedEvent) {
                stopped.countDown();
            }
        });
        context.registerShutdownHook();
        stopped.await();
    }
}
