package com.satops.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * Runs a test class against the mysql profile: MySQL Connector/J to the MariaDB
 * on 127.0.0.1:3306 (URL from -Dsatops.test.mysql.url). An unreachable server fails the test.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = {"satops.progress-interval=1s",
        // a test that leaves an import lock held fails in minutes instead of stalling the suite
        "satops.importing.lock-wait=2m"})
@ActiveProfiles("mysql")
@ContextConfiguration(initializers = MariaDbTestDatabase.class)
public @interface MariaDbDatabase {
}
