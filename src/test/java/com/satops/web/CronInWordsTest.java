package com.satops.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.satops.common.run.JobCatalog;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class CronInWordsTest {

    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
    private static final Locale EN = Locale.ENGLISH;

    private final CronInWords words = new CronInWords(ConsoleMessages.bundle());

    @Test
    void everyShippedScheduleIsSaidInBothLanguages() throws IOException {
        for (JobCatalog job : JobCatalog.values()) {
            String cron = shippedCron(job.jobName());
            if (cron != null) {
                assertThat(words.describe(cron, ZH)).as(job.jobName()).isPresent();
                assertThat(words.describe(cron, EN)).as(job.jobName()).isPresent();
            }
        }
        assertThat(words.describe(shippedCron("patrol-closeout"), ZH)).contains("每周一 06:00");
        assertThat(words.describe(shippedCron("presampling-cleanup"), EN)).contains("On day 25 of every month at 02:00");
    }

    @Test
    void weeklyDailyMonthly() {
        assertThat(words.describe("0 0 6 ? * MON", EN)).contains("Every Monday at 06:00");
        assertThat(words.describe("0 30 7 * * ?", ZH)).contains("每天 07:30");
        assertThat(words.describe("0 30 7 * * ?", EN)).contains("Every day at 07:30");
        assertThat(words.describe("0 0 7 3 * ?", ZH)).contains("每月3日 07:00");
        assertThat(words.describe("0 0 23 L * ?", EN)).contains("On the last day of every month at 23:00");
        assertThat(words.describe("30 5 8 * * ? *", EN)).contains("Every day at 08:05:30");
    }

    @Test
    void weekdayListsRangesAndQuartzNumbers() {
        assertThat(words.describe("0 0 8 ? * MON-FRI", ZH)).contains("每周一至周五 08:00");
        assertThat(words.describe("0 0 8 ? * MON,WED,FRI", EN)).contains("Every Monday, Wednesday, Friday at 08:00");
        assertThat(words.describe("0 0 8 ? * 1", EN)).contains("Every Sunday at 08:00");
        assertThat(words.describe("0 0 8 ? * 2-6", ZH)).contains("每周一至周五 08:00");
    }

    @Test
    void shapesItDoesNotKnowAreNotSaid() {
        assertThat(words.describe("0 0/15 * * * ?", EN)).isEmpty();
        assertThat(words.describe("0 0 6 ? * MON#2", EN)).isEmpty();
        assertThat(words.describe("0 0 6 1 1 ?", EN)).isEmpty();
        assertThat(words.describe("0 0 6 ? * MON 2027", EN)).isEmpty();
        assertThat(words.describe("0 0 6 LW * ?", EN)).isEmpty();
        assertThat(words.describe("nonsense", EN)).isEmpty();
    }

    private static String shippedCron(String job) throws IOException {
        try (InputStream in = CronInWordsTest.class.getResourceAsStream("/schedules/" + job + ".properties")) {
            if (in == null) {
                return null;
            }
            Properties schedule = new Properties();
            schedule.load(in);
            return schedule.getProperty("cron");
        }
    }
}
