package com.satops.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.satops.support.MapperSlice;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The load ceiling's scratch table on H2: the roster CSV loaded by CSVREAD with the
 * household table's keys, a repeated project and room skipped as the merge keeps one.
 */
@MapperSlice
class BenchMapperTest {

    @Autowired
    BenchMapper mapper;

    @Autowired
    JdbcTemplate db;

    @TempDir
    Path dir;

    @Test
    void theRosterIsLoadedWithEveryColumnAndARepeatedRoomSkipped() throws IOException {
        Path csv = dir.resolve("roster.csv");
        Files.write(csv, List.of(
                String.join(",", RosterCsv.COLUMNS),
                "XXHY,3-2-1502,3,2,1502,A区,张三,13800000000,已交房,常住",
                "XXHY,10-1,10,,1,B区,李四,13900000000,未交房,空置",
                "XXHY,3-2-1502,3,2,1502,A区,王五,13700000000,已交房,出租",
                "LJY,3-2-1502,3,2,1502,东区,赵六,13600000000,已交房,常住"), StandardCharsets.UTF_8);

        // H2 commits DDL at once, so the scratch table outlives the test's rollback unless dropped; only this
        // test runs DDL, so no other test's rows are committed with it
        mapper.dropScratchHousehold();
        try {
            loadAndCheck(csv);
        } finally {
            mapper.dropScratchHousehold();
        }
    }

    private void loadAndCheck(Path csv) {
        mapper.createScratchHousehold();
        mapper.indexScratchHousehold();
        mapper.nameRosterFile(csv.toAbsolutePath().toString());
        mapper.loadRosterCsvRead();

        assertThat(mapper.countScratchHouseholds()).isEqualTo(3);
        assertThat(db.queryForList("SELECT CONCAT(project_code, ' ', room_key, ' ', owner_name, ' ', zone, ' ',"
                + " handover_status) FROM bench_household ORDER BY household_id", String.class))
                .containsExactly("XXHY 3-2-1502 张三 A区 已交房", "XXHY 10-1 李四 B区 未交房", "LJY 3-2-1502 赵六 东区 已交房");
    }

    @Test
    void theEmptyDatabaseCheckCountsHouseholds() {
        db.update("INSERT INTO household (project_code, room_key, building, room, zone, handover_status,"
                + " occupancy_status, first_file_id, last_roster_file_id) VALUES ('XXHY', '1-101', '1', '101', 'A区',"
                + " 'DELIVERED', 'RESIDENT', 1, 1)");

        assertThat(mapper.countHouseholds()).isEqualTo(1);
    }
}
