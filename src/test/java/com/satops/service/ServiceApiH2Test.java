package com.satops.service;

import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.main.web-application-type=servlet",
        "spring.datasource.url=jdbc:h2:mem:satops-api;MODE=MySQL;DB_CLOSE_DELAY=-1",
        "satops.progress-interval=1s"})
class ServiceApiH2Test extends ServiceApiScenario {
}
