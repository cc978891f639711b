package com.satops.common.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.satops.support.EnglishLocale;
import java.time.LocalDateTime;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(EnglishLocale.class)
class AlreadyRunningExceptionTest {

    static final LocalDateTime SINCE = LocalDateTime.of(2026, 11, 30, 8, 15, 2, 500);

    @Test
    void namesTheRunningExecutionAndItsProcessInTheSystemsLanguage() {
        assertThat(new AlreadyRunningException("presampling-cleanup", SINCE, 1234L, "ops-1", 40312).getMessage())
                .isEqualTo("presampling-cleanup with these parameters is already running since 2026-11-30T08:15:02, "
                        + "execution 1234 (ops-1, pid 40312)");
        Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
        try {
            assertThat(new AlreadyRunningException("presampling-cleanup", SINCE, 1234L, "ops-1", 40312).getMessage())
                    .isEqualTo("presampling-cleanup 已在以同样的参数运行：自 2026-11-30T08:15:02 起，执行 1234（ops-1，pid 40312）");
            assertThat(new AlreadyRunningException("presampling-cleanup", SINCE, null, "ops-1", 40312).getMessage())
                    .isEqualTo("presampling-cleanup 已在以同样的参数运行：自 2026-11-30T08:15:02 起，正在启动（ops-1，pid 40312）");
        } finally {
            Locale.setDefault(Locale.ENGLISH);
        }
    }

    @Test
    void aRunStillStartingHasNoExecutionYet() {
        assertThat(new AlreadyRunningException("patrol-closeout", SINCE, null, "ops-1", 7).getMessage())
                .isEqualTo("patrol-closeout with these parameters is already running since 2026-11-30T08:15:02 "
                        + "(starting) (ops-1, pid 7)");
    }
}
