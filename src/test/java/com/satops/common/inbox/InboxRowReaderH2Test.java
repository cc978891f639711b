package com.satops.common.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.satops.common.run.JobCatalog;
import com.satops.common.run.RunParameters;
import com.satops.support.FreshStart;
import com.satops.support.H2Database;
import com.satops.support.TestHome;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Only a file's own problems reject it; a fault of the reader fails the run and leaves the file alone. */
@H2Database
class InboxRowReaderH2Test extends FreshStart {

    private static final long EXECUTION = 99L;

    @Autowired
    ImportedFileMapper files;

    @Autowired
    FileRejection rejection;

    @Autowired
    StageLedger ledger;

    @Autowired
    Clock clock;

    @Autowired
    JdbcTemplate db;

    @Test
    void aProgrammingErrorWhileOpeningAFileFailsLoudlyAndRejectsNothing() throws Exception {
        Path file = TestHome.dropCsv("crm", "crm-1103.csv", "项目编码,房号,客户类别,标记日期\n");
        register(file);
        InboxRowReader reader = reader((path, columns) -> {
            throw new IllegalStateException("a bug in the reader");
        });

        assertThatThrownBy(reader::read).isInstanceOf(IllegalStateException.class).hasMessage("a bug in the reader");

        assertThat(file).exists();
        assertThat(db.queryForObject("SELECT status FROM imported_file", String.class)).isEqualTo("STAGING");
        assertThat(db.queryForObject("SELECT COUNT(*) FROM data_issue", Integer.class)).isZero();
    }

    @Test
    void aFileThatIsNotWhatItClaimsIsRejectedSayingWhatItIs() throws Exception {
        Path file = TestHome.inbox("crm").resolve("crm-1103.xls");
        try (HSSFWorkbook book = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            book.createSheet("客户分类");
            book.write(out);
        }
        register(file);
        InboxRowReader reader = new InboxRowReader(InboxKind.CRM, clock, files, rejection, ledger);
        start(reader);

        assertThat(reader.read()).isNull();

        assertThat(file).doesNotExist();
        assertThat(TestHome.DIR.resolve("inbox/rejected/crm-1103.xls")).exists();
        assertThat(Files.readString(TestHome.DIR.resolve("inbox/rejected/crm-1103.xls.error.txt")))
                .contains("旧版 Excel 97-2003 工作簿（.xls）").contains("另存为” .xlsx");
        assertThat(db.queryForObject("SELECT status FROM imported_file", String.class)).isEqualTo("REJECTED");
        assertThat(db.queryForObject("SELECT reason_key FROM data_issue", String.class)).isEqualTo("inbox.file.oldXls");
    }

    @Test
    void eachFileReadToItsEndRecordsItsDataRowsAndOnlyThen() throws Exception {
        Path empty = TestHome.dropCsv("crm", "crm-1101.csv", "项目编码,房号,客户类别,标记日期\n");
        Path three = TestHome.dropCsv("crm", "crm-1102.csv", "项目编码,房号,客户类别,标记日期\n"
                + "P001,1-1-101,黑色客户,2026-11-01\nP001,1-1-102,,\nP001,1-1-103,黑色客户,2026-11-02\n");
        Path cutOff = TestHome.dropCsv("crm", "crm-1103.csv", "项目编码,房号,客户类别,标记日期\n"
                + "P001,1-1-104,黑色客户,2026-11-01\nP001,1-1-105,黑色客户,2026-11-01\n");
        register(empty);
        register(three);
        register(cutOff);
        InboxRowReader reader = new InboxRowReader(InboxKind.CRM, clock, files, rejection, ledger);
        start(reader);

        // every row of the first two files, and the next file's first: the reader reads one row ahead
        for (int i = 0; i < 3; i++) {
            assertThat(reader.read()).isNotNull();
        }
        reader.update(new ExecutionContext());
        reader.close();

        assertThat(db.queryForList("SELECT COALESCE(rows_read, -1) FROM imported_file ORDER BY file_name",
                Integer.class)).containsExactly(0, 3, -1);
    }

    private InboxRowReader reader(InboxRowReader.TableOpener opener) {
        InboxRowReader reader = new InboxRowReader(InboxKind.CRM, clock, files, rejection, ledger, opener);
        start(reader);
        return reader;
    }

    private void start(InboxRowReader reader) {
        RunParameters parameters = JobCatalog.IMPORT.parameters(null, null, InboxRows.AS_OF, List.of(), "zh-CN",
                InboxRows.AS_OF);
        JobExecution job = new JobExecution(EXECUTION, new JobInstance(1L, "import"), parameters.toJobParameters());
        reader.beforeStep(new StepExecution("import-crm-stage", job));
        reader.open(new ExecutionContext());
    }

    private void register(Path file) {
        files.insertFile(new ImportedFileMapper.NewImportedFile(InboxKind.CRM, file.getFileName().toString(),
                file.toString(), ContentHash.sha256(file), "STAGING", "import|test", EXECUTION, InboxRows.AS_OF));
    }
}
