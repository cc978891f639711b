package com.satops.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.satops.common.inbox.InboxKind;

/**
 * A benchmark-sized company streams through: 100,000 households in the test
 * JVM's 1 GB heap, however many rows they make, because no writer keeps them.
 */
class LargeDemoGenerationTest {

    @Test
    void generatesOneHundredThousandHouseholds(@TempDir Path inbox) throws Exception {
        DemoManifest manifest = new DemoCompanyGenerator()
                .generate(inbox, new DemoSpec(100_000, 3, 11L, YearMonth.of(2026, 11)));

        assertThat(manifest.households()).isEqualTo(100_000);
        assertThat(manifest.rows(InboxKind.ERP)).isGreaterThan(100_000);
        assertThat(manifest.rows(InboxKind.SURVEYS)).isGreaterThan(80_000);
        for (InboxKind kind : InboxKind.values()) {
            assertThat(manifest.files(kind)).allSatisfy(file -> assertThat(inbox.resolve(file)).isNotEmptyFile());
        }
    }
}
