package com.satops.common.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.satops.common.domain.StaffRole;
import com.satops.support.MapperSlice;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Who a report mail would miss: active project managers whose address is missing or blank. */
@MapperSlice
class UnmailedStaffMapperTest {

    @Autowired
    UnmailedStaffMapper mapper;

    @Autowired
    JdbcTemplate db;

    @BeforeEach
    void roster() {
        staff("PM3", "PROJECT_MANAGER", "XXHY", null, true);
        staff("PM1", "PROJECT_MANAGER", "XXHY", "   ", true);
        staff("PM2", "PROJECT_MANAGER", "XXHY", "pm2@example.com", true);
        staff("PM4", "PROJECT_MANAGER", "XXHY", null, false);
        staff("S1", "STEWARD", "XXHY", null, true);
        staff("PM5", "PROJECT_MANAGER", "LJY", "", true);
    }

    @Test
    void aBlankOrMissingAddressCountsButAnInactiveManagerOrAStewardDoesNot() {
        assertThat(mapper.projectManagersWithoutEmail(List.of("XXHY"))).containsExactly(
                new UnmailedStaff("PM1", "员工PM1", StaffRole.PROJECT_MANAGER, "XXHY"),
                new UnmailedStaff("PM3", "员工PM3", StaffRole.PROJECT_MANAGER, "XXHY"));
    }

    @Test
    void noProjectsMeansEveryProjectInProjectAndStaffNumberOrder() {
        assertThat(mapper.projectManagersWithoutEmail(List.of())).extracting(UnmailedStaff::staffNo)
                .containsExactly("PM5", "PM1", "PM3");
        assertThat(mapper.projectManagersWithoutEmail(null)).hasSize(3);
    }

    private void staff(String staffNo, String role, String project, String email, boolean active) {
        db.update("INSERT INTO staff (staff_no, staff_name, role, project_code, email, active, file_id)"
                + " VALUES (?, ?, ?, ?, ?, ?, 1)", staffNo, "员工" + staffNo, role, project, email, active);
    }
}
