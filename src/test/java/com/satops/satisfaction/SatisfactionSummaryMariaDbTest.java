package com.satops.satisfaction;

import com.satops.support.MariaDbDatabase;
import org.springframework.test.context.TestPropertySource;

/** Also on more partitions than the machine has cores, and than the scenario has projects. */
@MariaDbDatabase
@TestPropertySource(properties = "satops.partitions=3")
class SatisfactionSummaryMariaDbTest extends SatisfactionSummaryScenario {
}
