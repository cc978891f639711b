package com.satops.cli;

import com.satops.SatopsApplication;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts the application context a command needs, rooted at the chosen home. */
final class SpringContexts {

    private static List<String> passThrough = List.of();

    private SpringContexts() {
    }

    static void setPassThrough(List<String> args) {
        passThrough = List.copyOf(args);
    }

    static ConfigurableApplicationContext start(Path home, boolean web, String... extra) {
        SpringApplication application = new SpringApplication(SatopsApplication.class);
        application.setWebApplicationType(web ? WebApplicationType.SERVLET : WebApplicationType.NONE);
        List<String> args = new ArrayList<>();
        args.add("--satops.home=" + home.toAbsolutePath().normalize());
        args.addAll(List.of(extra));
        args.addAll(passThrough);
        return application.run(args.toArray(String[]::new));
    }
}
