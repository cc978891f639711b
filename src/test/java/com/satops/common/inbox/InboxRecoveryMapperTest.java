package com.satops.common.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.satops.support.MapperSlice;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** What an import finds after one was cut off: files still staging, applied files not yet moved, names accounted for. */
@MapperSlice
class InboxRecoveryMapperTest {

    @Autowired
    InboxRecoveryMapper mapper;

    @Autowired
    JdbcTemplate db;

    @Test
    void cutOffFilesAreThoseStillStagingAndOnlyTheirIssuesAreDeleted() {
        file(3, "erp3.xlsx", "STAGING", null);
        file(1, "erp1.xlsx", "STAGING", null);
        file(2, "erp2.xlsx", "APPLIED", LocalDateTime.of(2026, 11, 30, 8, 0));
        issue(1);
        issue(2);
        issue(3);

        List<Long> cutOff = mapper.cutOffFiles();
        mapper.deleteIssuesOf(cutOff);

        assertThat(cutOff).containsExactly(1L, 3L);
        assertThat(db.queryForList("SELECT file_id FROM data_issue", Long.class)).containsExactly(2L);
    }

    @Test
    void appliedNotMovedIsAnAppliedFileWithoutAMoveAmongTheGivenPaths() {
        file(1, "a.xlsx", "APPLIED", null);
        file(2, "b.xlsx", "APPLIED", LocalDateTime.of(2026, 11, 30, 8, 0));
        file(3, "c.xlsx", "DUPLICATE", null);
        file(4, "d.xlsx", "APPLIED", null);

        assertThat(mapper.appliedNotMoved(List.of(path("a.xlsx"), path("b.xlsx"), path("c.xlsx"))))
                .containsExactly(new InboxFile(1, InboxKind.ERP, "a.xlsx", path("a.xlsx"), sha(1)));

        mapper.recordMoved(1, LocalDateTime.of(2026, 12, 1, 7, 0));
        assertThat(mapper.appliedNotMoved(List.of(path("a.xlsx"), path("d.xlsx"))))
                .extracting(InboxFile::fileId).containsExactly(4L);
    }

    @Test
    void aNameIsAccountedForOnceAppliedOrSkippedAsADuplicate() {
        file(1, "a.xlsx", "APPLIED", null);
        file(2, "b.xlsx", "DUPLICATE", null);
        file(3, "c.xlsx", "REJECTED", null);
        file(4, "d.xlsx", "ABANDONED", null);
        file(5, "a.xlsx", "APPLIED", null);

        assertThat(mapper.accountedNames(List.of("a.xlsx", "b.xlsx", "c.xlsx", "d.xlsx", "e.xlsx")))
                .containsExactlyInAnyOrder("a.xlsx", "b.xlsx");
    }

    private void file(long fileId, String name, String status, LocalDateTime movedAt) {
        db.update("INSERT INTO imported_file (file_id, kind, file_name, source_path, sha256, status, run_key,"
                + " execution_id, effective_on, moved_at) VALUES (?, 'ERP', ?, ?, ?, ?, 'run', 7, DATE '2026-11-27', ?)",
                fileId, name, path(name), sha(fileId), status, movedAt);
    }

    private void issue(long fileId) {
        db.update("INSERT INTO data_issue (execution_id, run_key, file_id, reason, row_skipped)"
                + " VALUES (7, 'run', ?, '日期无效', TRUE)", fileId);
    }

    private static String path(String name) {
        return "inbox/erp/" + name;
    }

    private static String sha(long fileId) {
        return String.format("%064d", fileId);
    }
}
