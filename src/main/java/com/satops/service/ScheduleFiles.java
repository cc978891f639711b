package com.satops.service;

import com.satops.common.config.SatopsProperties;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.quartz.CronExpression;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Reads the schedules shipped in the jar (schedules/*.properties), letting a
 * file of the same name under the home's schedules/ folder override one.
 */
@Component
public class ScheduleFiles {

    private final Path homeSchedules;

    public ScheduleFiles(SatopsProperties properties) {
        this.homeSchedules = properties.home().resolve("schedules");
    }

    public List<ScheduleDefinition> load() {
        Map<String, ScheduleDefinition> byFile = new TreeMap<>();
        try {
            for (Resource resource : new PathMatchingResourcePatternResolver()
                    .getResources("classpath*:schedules/*.properties")) {
                try (InputStream in = resource.getInputStream()) {
                    byFile.put(resource.getFilename(), parse(in, "jar:" + resource.getFilename()));
                }
            }
            if (Files.isDirectory(homeSchedules)) {
                try (Stream<Path> files = Files.list(homeSchedules)) {
                    for (Path file : files.filter(f -> f.toString().endsWith(".properties")).sorted().toList()) {
                        try (InputStream in = Files.newInputStream(file)) {
                            byFile.put(file.getFileName().toString(), parse(in, file.toString()));
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the schedules", e);
        }
        return new ArrayList<>(byFile.values());
    }

    private static ScheduleDefinition parse(InputStream in, String source) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = new java.io.InputStreamReader(in, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        String job = required(properties, "job", source);
        String cron = required(properties, "cron", source);
        if (!CronExpression.isValidExpression(cron)) {
            throw new IllegalArgumentException(source + ": not a Quartz cron expression: " + cron);
        }
        List<String> projects = Arrays.stream(properties.getProperty("projects", "").split(","))
                .map(String::trim).filter(p -> !p.isEmpty()).toList();
        return new ScheduleDefinition(job, cron, properties.getProperty("time-zone", "Asia/Shanghai"),
                properties.getProperty("locale", "zh-CN"), projects, source);
    }

    private static String required(Properties properties, String key, String source) {
        String value = properties.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(source + ": '" + key + "' is missing");
        }
        return value.trim();
    }
}
