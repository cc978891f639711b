package com.satops.service;

import com.satops.support.MariaDbTestDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.main.web-application-type=servlet", "satops.progress-interval=1s"})
@ActiveProfiles("mysql")
@ContextConfiguration(initializers = MariaDbTestDatabase.class)
class ServiceApiMariaDbTest extends ServiceApiScenario {
}
