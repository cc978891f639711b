package com.satops.common.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StaffRoleTest {

    @ParameterizedTest
    @CsvSource({"STEWARD, 120", "DEPT_HEAD, 50", "PROJECT_MANAGER, 30"})
    void givesEachRoleItsDefaultMonthlyQuota(StaffRole role, int quota) {
        assertThat(role.defaultMonthlyQuota()).isEqualTo(quota);
    }
}
