package com.satops.common.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.satops.common.inbox.ImportedFileMapper.NewImportedFile;
import com.satops.support.MapperSlice;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The file ledger: a content applied at most once, one execution's staging files per
 * kind, a cut-off import's staged rows cleared from every kind's table and its files
 * marked abandoned, and the counts a run reports.
 */
@MapperSlice
class ImportedFileMapperTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 27);

    @Autowired
    ImportedFileMapper mapper;

    @Autowired
    StagingMapper staging;

    @Autowired
    JdbcTemplate db;

    @Test
    void aContentIsRecordedAsAppliedOnceWhateverTheFileIsCalled() {
        long first = file(InboxKind.ERP, "erp.xlsx", "a", "STAGING", 7);
        long heldBack = file(InboxKind.ERP, "erp-bad.xlsx", "b", "STAGING", 7);
        staging.listMergeFiles(List.of(inbox(first), inbox(heldBack)));
        staging.holdBackMergeFiles(List.of(heldBack));

        assertThat(mapper.findAppliedFile(sha("a"))).isNull();
        mapper.recordMergedContent();

        assertThat(mapper.findAppliedFile(sha("a"))).isEqualTo(first);
        assertThat(mapper.findAppliedFile(sha("b"))).isNull();
        staging.clearMergeFiles();
        long renamed = file(InboxKind.ERP, "erp-copy.xlsx", "a", "STAGING", 8);
        staging.listMergeFiles(List.of(inbox(renamed)));
        assertThatThrownBy(() -> mapper.recordMergedContent()).isInstanceOf(DuplicateKeyException.class);
    }

    @Test
    void theApplyingFilesOfAMergeAreFinishedEachWithItsCountsAndRecordedMovedAfter() {
        long a = file(InboxKind.ERP, "a.xlsx", "a", "STAGING", 7);
        long b = file(InboxKind.ERP, "b.xlsx", "b", "STAGING", 7);
        file(InboxKind.ERP, "c.xlsx", "c", "STAGING", 7);

        mapper.finishAppliedFiles(List.of(new ImportedFileMapper.AppliedFile(a, 10, 1, 9),
                new ImportedFileMapper.AppliedFile(b, 5, 0, 4)));
        mapper.recordMovedFiles(List.of(a, b), LocalDateTime.of(2026, 11, 27, 8, 0));

        assertThat(db.queryForList("SELECT CONCAT(file_name, ' ', status, ' ', data_rows, ' ', bad_rows, ' ',"
                + " applied_rows, ' ', COALESCE(CAST(moved_at AS VARCHAR), '-')) FROM imported_file ORDER BY file_id",
                String.class)).containsExactly("a.xlsx APPLIED 10 1 9 2026-11-27 08:00:00",
                "b.xlsx APPLIED 5 0 4 2026-11-27 08:00:00", "c.xlsx STAGING 0 0 0 -");
        assertThat(db.queryForObject("SELECT COUNT(*) FROM imported_file WHERE finished_at IS NULL", Integer.class))
                .isOne();
    }

    @Test
    void stagingFilesAreThisExecutionsOfTheKindByNameThenId() {
        long b = file(InboxKind.CRM, "b.xlsx", "1", "STAGING", 7);
        long a2 = file(InboxKind.CRM, "a.xlsx", "2", "STAGING", 7);
        long a1 = file(InboxKind.CRM, "a.xlsx", "3", "STAGING", 7);
        file(InboxKind.CRM, "c.xlsx", "4", "APPLIED", 7);
        file(InboxKind.ERP, "d.xlsx", "5", "STAGING", 7);
        file(InboxKind.CRM, "e.xlsx", "6", "STAGING", 8);

        assertThat(mapper.stagingFiles(7, InboxKind.CRM)).containsExactly(
                new InboxFile(a2, InboxKind.CRM, "a.xlsx", "inbox/crm/a.xlsx", sha("2")),
                new InboxFile(a1, InboxKind.CRM, "a.xlsx", "inbox/crm/a.xlsx", sha("3")),
                new InboxFile(b, InboxKind.CRM, "b.xlsx", "inbox/crm/b.xlsx", sha("1")));
    }

    @Test
    void aCutOffImportsStagedRowsGoFromEveryKindsTableAndItsFilesAreAbandoned() {
        long cutOff = file(InboxKind.VISITS, "v1.xlsx", "1", "STAGING", 7);
        long applied = file(InboxKind.VISITS, "v2.xlsx", "2", "APPLIED", 6);
        visitRow(cutOff, 2);
        visitRow(cutOff, 3);
        visitRow(applied, 2);

        for (InboxKind kind : InboxKind.values()) {
            mapper.deleteAbandonedStaging(kind.stagingTable());
        }
        mapper.markAbandonedStaging();

        assertThat(db.queryForList("SELECT file_id FROM stg_visit", Long.class)).containsExactly(applied);
        assertThat(db.queryForList("SELECT status FROM imported_file ORDER BY file_id", String.class))
                .containsExactly("ABANDONED", "APPLIED");
    }

    @Test
    void aMergesFilesWhoseContentWasAppliedAlreadyAreFoundInMergeOrder() {
        long applied = file(InboxKind.ERP, "erp.xlsx", "a", "APPLIED", 6);
        db.update("INSERT INTO applied_content (sha256, file_id) VALUES (?, ?)", sha("a"), applied);
        long copy = file(InboxKind.ERP, "erp-copy.xlsx", "a", "STAGING", 7);
        long fresh = file(InboxKind.ERP, "erp-2.xlsx", "b", "STAGING", 7);
        long secondCopy = file(InboxKind.ERP, "erp-3.xlsx", "a", "STAGING", 7);
        staging.listMergeFiles(List.of(inbox(secondCopy), inbox(fresh), inbox(copy)));

        assertThat(mapper.appliedBeforeMerge()).containsExactly(secondCopy, copy);
    }

    @Test
    void finishingAFileRecordsItsRowsAndTheExecutionsCountsAddThemUpPerKindAndStatus() {
        long erp1 = file(InboxKind.ERP, "erp1.xlsx", "1", "STAGING", 7);
        long erp2 = file(InboxKind.ERP, "erp2.xlsx", "2", "STAGING", 7);
        long crm = file(InboxKind.CRM, "crm.xlsx", "3", "STAGING", 7);
        long crm2 = file(InboxKind.CRM, "crm2.xlsx", "4", "STAGING", 7);
        file(InboxKind.ERP, "old.xlsx", "5", "APPLIED", 6);
        mapper.finishFile(erp1, "APPLIED", 10, 1, 9, null);
        mapper.finishFile(erp2, "APPLIED", 5, 0, 5, null);
        mapper.finishFile(crm, "OVER_RATE", 4, 3, 0, "3 of 4 rows bad");
        mapper.finishFile(crm2, "OVER_RATE", 2, 2, 0, "2 of 2 rows bad");

        assertThat(mapper.countsForExecution(7)).containsExactlyInAnyOrder(
                new ImportedFileCount(InboxKind.ERP, "APPLIED", 2, 15, 14),
                new ImportedFileCount(InboxKind.CRM, "OVER_RATE", 2, 6, 0));
        assertThat(mapper.overRateMessages(7)).containsExactly("3 of 4 rows bad", "2 of 2 rows bad");
        Map<String, Object> row = db.queryForMap("SELECT * FROM imported_file WHERE file_id = ?", erp1);
        assertThat(row).containsEntry("BAD_ROWS", 1).containsEntry("MESSAGE", null);
        assertThat(row.get("FINISHED_AT")).isNotNull();
    }

    private long file(InboxKind kind, String name, String content, String status, long executionId) {
        NewImportedFile file = new NewImportedFile(kind, name, "inbox/" + kind.folder() + "/" + name, sha(content),
                status, "run-" + executionId, executionId, AS_OF);
        mapper.insertFile(file);
        return file.getFileId();
    }

    private static InboxFile inbox(long fileId) {
        return new InboxFile(fileId, InboxKind.ERP, "f" + fileId + ".xlsx", "inbox/erp/f" + fileId + ".xlsx", "");
    }

    private static String sha(String content) {
        return content.repeat(64).substring(0, 64);
    }

    private void visitRow(long fileId, int rowNo) {
        db.update("INSERT INTO stg_visit (file_id, row_no) VALUES (?, ?)", fileId, rowNo);
    }
}
