package com.satops.common.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files that cannot be read are refused saying what they are, not with a missing column (FORMATS §1). */
class UnreadableFileTest {

    private static final String HEADER = "项目编码,房号,客户类别,标记日期\n";

    @TempDir
    Path dir;

    @Test
    void anEmptyFileIsSaidToBeEmpty() throws IOException {
        Path file = Files.write(dir.resolve("crm.csv"), new byte[0]);

        assertRefused(file, "inbox.file.empty");
    }

    @Test
    void anOldXlsWorkbookIsToBeSavedAsXlsx() throws IOException {
        Path file = dir.resolve("crm-2026-11.xls");
        try (HSSFWorkbook book = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            book.createSheet("客户分类").createRow(0).createCell(0).setCellValue("项目编码");
            book.write(out);
        }
        assertRefused(file, "inbox.file.oldXls");

        // renamed to .xlsx it is still an old workbook
        Path renamed = Files.copy(file, dir.resolve("crm-2026-11.xlsx"));
        assertRefused(renamed, "inbox.file.oldXls");
    }

    @Test
    void aPasswordProtectedWorkbookIsSaidToBeEncrypted() throws Exception {
        Path file = dir.resolve("crm-2026-11.xlsx");
        EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
        Encryptor encryptor = info.getEncryptor();
        encryptor.confirmPassword("secret");
        try (POIFSFileSystem container = new POIFSFileSystem()) {
            try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream data = encryptor.getDataStream(container)) {
                book.createSheet("客户分类").createRow(0).createCell(0).setCellValue("项目编码");
                book.write(data);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                container.writeFilesystem(out);
            }
        }

        assertRefused(file, "inbox.file.encrypted");
    }

    @Test
    void aUtf16TextFileIsSaidToBeUtf16WithOrWithoutItsByteOrderMark() throws IOException {
        String text = HEADER + "XXHY,3-2-1502,黑色客户,2026-11-03\n";
        Path withBom = Files.write(dir.resolve("crm-bom.csv"), text.getBytes(StandardCharsets.UTF_16));
        Path littleEndian = Files.write(dir.resolve("crm-le.csv"), text.getBytes(StandardCharsets.UTF_16LE));

        assertRefused(withBom, "inbox.file.utf16");
        assertRefused(littleEndian, "inbox.file.utf16");
    }

    @Test
    void aBrokenUtf8FileSaysWhichLineAndByteAreNotUtf8AndThatGb18030WasTried() throws IOException {
        // given: a UTF-8 export whose third line lost a byte of a Chinese character
        byte[] title = "客户分类导出\n".getBytes(StandardCharsets.UTF_8);
        byte[] header = HEADER.getBytes(StandardCharsets.UTF_8);
        byte[] broken = "XXHY,3-2-1502,黑色客户,2026-11-03\n".getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        content.writeBytes(title);
        content.writeBytes(header);
        int cut = "XXHY,3-2-1502,".length() + 1;
        content.write(broken, 0, cut);
        content.write(broken, cut + 1, broken.length - cut - 1);
        Path file = Files.write(dir.resolve("crm.csv"), content.toByteArray());

        UnreadableFileException refused = refusal(file);

        assertThat(refused.key()).isEqualTo("inbox.file.brokenUtf8");
        // the byte after the lone lead byte is where UTF-8 fails
        assertThat(refused.args()).containsExactly(3L, (long) title.length + header.length + cut,
                "项目编码 (project_code), 房号 (room), 客户类别 (customer_class), 标记日期 (marked_on)");
    }

    @Test
    void aGb18030FileIsStillReadAsSuch() throws IOException {
        Path file = Files.write(dir.resolve("crm.csv"),
                (HEADER + "XXHY,3-2-1502,黑色客户,2026-11-03\n").getBytes(CharsetSniffer.GB18030));

        try (TableReader reader = TableReader.open(file, TestColumns.CRM)) {
            assertThat(reader.next().value("customer_class")).isEqualTo("黑色客户");
        }
    }

    @Test
    void anotherTypeOfFileIsRefused() throws IOException {
        Path file = Files.writeString(dir.resolve("crm.txt"), HEADER);

        assertRefused(file, "inbox.file.unsupportedType");
    }

    @Test
    void aCsvNamedXlsxIsNoWorkbook() throws IOException {
        Path file = Files.writeString(dir.resolve("crm.xlsx"), HEADER);

        assertRefused(file, "inbox.file.notXlsx");
    }

    @Test
    void aWorkbookCutOffHalfWayThroughItsSheetIsSaidToBeDamagedNamingTheSheet() throws IOException {
        // given: a workbook whose sheet XML ends in the middle of its rows
        Path whole = dir.resolve("whole.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(whole)) {
            var sheet = book.createSheet("客户分类");
            String[] header = HEADER.strip().split(",");
            var headerRow = sheet.createRow(0);
            for (int c = 0; c < header.length; c++) {
                headerRow.createCell(c).setCellValue(header[c]);
            }
            for (int r = 1; r <= 200; r++) {
                var row = sheet.createRow(r);
                row.createCell(0).setCellValue("XXHY");
                row.createCell(1).setCellValue("3-2-" + (1000 + r));
                row.createCell(2).setCellValue("黑色客户");
                row.createCell(3).setCellValue("2026-11-03");
            }
            book.write(out);
        }
        Path file = dir.resolve("crm-2026-11.xlsx");
        try (ZipFile zip = new ZipFile(whole.toFile());
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
            for (ZipEntry entry : Collections.list(zip.entries())) {
                byte[] content = zip.getInputStream(entry).readAllBytes();
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(content, 0, entry.getName().startsWith("xl/worksheets/") ? content.length / 2 : content.length);
                out.closeEntry();
            }
        }

        // when
        Throwable thrown = catchThrowable(() -> {
            try (TableReader reader = TableReader.open(file, TestColumns.CRM)) {
                while (reader.next() != null) {
                    // every row is read up to where the sheet breaks off
                }
            }
        });

        // then
        assertThat(thrown).isInstanceOfSatisfying(UnreadableFileException.class, refused -> {
            assertThat(refused.key()).isEqualTo("inbox.file.damagedXlsx");
            assertThat(refused.args()).containsExactly("客户分类");
        });
    }

    private static void assertRefused(Path file, String key) {
        assertThat(refusal(file).key()).isEqualTo(key);
    }

    private static UnreadableFileException refusal(Path file) {
        Throwable thrown = catchThrowable(() -> TableReader.open(file, TestColumns.CRM).close());
        assertThat(thrown).isInstanceOf(UnreadableFileException.class);
        return (UnreadableFileException) thrown;
    }
}
