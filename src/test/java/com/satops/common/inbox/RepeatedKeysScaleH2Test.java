package com.satops.common.inbox;

import com.satops.support.H2Database;
import com.satops.support.TestHome;
import org.junit.jupiter.api.AfterEach;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * On H2 in a file, as the default profile keeps it (durable commits included): an
 * in-memory database would hold the whole file in the heap this test measures. A
 * seventh of the size the MariaDB test imports keeps the suite's cost down: H2's
 * merge of the log is several times slower than MariaDB's, so 200 MB would cost
 * more than three minutes; {@code bench} measures any size on either.
 */
@H2Database
class RepeatedKeysScaleH2Test extends RepeatedKeysScaleScenario {

    @DynamicPropertySource
    static void fileDatabase(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + TestHome.DIR.resolve("data/repeated-keys")
                + ";MODE=MySQL;WRITE_DELAY=0");
    }

    /** The database file outlives the test JVM: its tables go, so H2 compacts it to nothing when it closes. */
    @AfterEach
    void dropTheTables() {
        flyway.clean();
    }

    @Override
    int megabytes() {
        return 30;
    }

    @Override
    String database() {
        return "H2 (file)";
    }
}
