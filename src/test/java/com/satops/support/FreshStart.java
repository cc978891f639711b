package com.satops.support;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of every test that runs jobs: before each test the schema is rebuilt
 * from the migrations and the home emptied, so no test depends on another's
 * executions, rows or files.
 */
public abstract class FreshStart {

    @Autowired
    protected Flyway flyway;

    @DynamicPropertySource
    static void home(DynamicPropertyRegistry registry) {
        registry.add("satops.home", TestHome.DIR::toString);
    }

    @BeforeEach
    void freshDatabaseAndHome() {
        flyway.clean();
        flyway.migrate();
        TestHome.clear();
    }
}
