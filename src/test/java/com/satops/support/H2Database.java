package com.satops.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/** Runs a test class against the default profile: embedded H2 in MySQL mode. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:satops;MODE=MySQL;DB_CLOSE_DELAY=-1",
        "satops.progress-interval=1s",
        // a test that leaves an import lock held fails in minutes instead of stalling the suite
        "satops.importing.lock-wait=2m"})
public @interface H2Database {
}
