package com.satops.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.satops.common.run.BadRunRequestException;
import com.satops.support.EnglishLocale;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(EnglishLocale.class)
class FailureLineTest {

    @Test
    void badUsageIsExitTwoWithItsOwnMessage() {
        FailureLine line = FailureLine.of(new BadRunRequestException("--month must be a month as yyyy-MM"));

        assertThat(line).isEqualTo(new FailureLine(2, "--month must be a month as yyyy-MM", false));
        assertThat(FailureLine.of(new UsageException("--home x does not exist")).exit()).isEqualTo(2);
    }

    @Test
    void aDatabaseLockedByAnotherProcessNamesTheFile() {
        SQLException locked = new SQLException("Database may be already in use: \"/srv/satops/data/satops.mv.db\". "
                + "Possible solutions: close all other connection(s); use the server mode [90020-232]", "90020", 90020);

        FailureLine line = FailureLine.of(new IllegalStateException("Failed to start bean",
                new RuntimeException("Unable to obtain connection", locked)));

        assertThat(line.exit()).isEqualTo(1);
        assertThat(line.unexpected()).isFalse();
        assertThat(line.line()).startsWith("the database /srv/satops/data/satops.mv.db is in use by another satops "
                + "process").contains("wait for it to end");
    }

    @Test
    void aBugSaysWhereTheStackTraceIs() {
        FailureLine line = FailureLine.of(new IllegalStateException("wrapper", new NullPointerException("x is null")));

        assertThat(line.exit()).isEqualTo(1);
        assertThat(line.unexpected()).isTrue();
        assertThat(line.line()).isEqualTo("failed: x is null (the stack trace is in logs/satops.log under the satops home)");
    }
}
