package com.satops.demo;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import com.satops.common.text.ColumnKey;

/**
 * Reads inbox files back the way FORMATS §1 tells an importer to: CSV as UTF-8
 * (BOM or not) unless it is not valid UTF-8, then GB18030; in a workbook every
 * sheet whose header row, among the first 10 non-empty rows, holds the required
 * columns; columns matched by Chinese or English name after folding. Rows come
 * back keyed by each column's English alias, dates as ISO text.
 */
final class InboxTables {

    /** A data row: where it is and its cells by English column alias. */
    record TableRow(Path file, String sheet, int excelRow, Map<String, String> cells) {

        String get(String column) {
            return cells.getOrDefault(column, "");
        }
    }

    /** Column aliases of the whole contract: Chinese name → English alias. */
    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("项目编码", "project_code"), Map.entry("项目名称", "project_name"),
            Map.entry("楼栋", "building"), Map.entry("单元", "unit"), Map.entry("房号", "room"),
            Map.entry("片区", "zone"), Map.entry("业主姓名", "owner_name"), Map.entry("联系电话", "phone"),
            Map.entry("交房状态", "handover_status"), Map.entry("入住状态", "occupancy_status"),
            Map.entry("客户类别", "customer_class"), Map.entry("标记日期", "marked_on"), Map.entry("备注", "note"),
            Map.entry("工号", "staff_no"), Map.entry("姓名", "name"), Map.entry("岗位", "role"),
            Map.entry("邮箱", "email"), Map.entry("月拜访指标", "monthly_quota"), Map.entry("在职", "active"),
            Map.entry("调查月份", "survey_month"), Map.entry("评分", "score"), Map.entry("不满意原因", "reason"),
            Map.entry("原因分类", "reason_category"), Map.entry("考核期", "in_assessment"),
            Map.entry("调查日期", "surveyed_on"), Map.entry("问题编号", "issue_no"),
            Map.entry("巡区类型", "patrol_type"), Map.entry("发现日期", "found_on"), Map.entry("位置", "location"),
            Map.entry("问题分类", "category"), Map.entry("问题描述", "description"),
            Map.entry("责任部门", "department"), Map.entry("责任人", "owner_staff_no"), Map.entry("状态", "status"),
            Map.entry("销项日期", "closed_on"), Map.entry("复查日期", "rechecked_on"),
            Map.entry("任务编号", "assignment_id"), Map.entry("拜访日期", "visited_on"),
            Map.entry("拜访方式", "method"), Map.entry("业主评分", "owner_score"), Map.entry("业主诉求", "request"),
            Map.entry("工单编号", "order_no"), Map.entry("工单类型", "order_type"), Map.entry("创建时间", "created_at"),
            Map.entry("响应时间", "responded_at"), Map.entry("派单时间", "dispatched_at"),
            Map.entry("首次反馈时间", "first_feedback_at"), Map.entry("完成时间", "completed_at"),
            Map.entry("回访时间", "return_visit_at"), Map.entry("回访评价", "return_visit_rating"),
            Map.entry("跟进时间", "followed_up_at"));

    private static final Map<String, String> BY_KEY = byKey();

    private InboxTables() {
    }

    static List<TableRow> read(Path file, Set<String> required) throws IOException {
        String name = file.getFileName().toString();
        return name.endsWith(".xlsx") ? readWorkbook(file, required) : readCsv(file, required);
    }

    /** The charset an importer would pick: UTF-8 when the bytes are valid UTF-8, else GB18030. */
    static Charset detectCharset(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return StandardCharsets.UTF_8;
        } catch (CharacterCodingException e) {
            return Charset.forName("GB18030");
        }
    }

    static XSSFWorkbook openReadOnly(Path file) throws IOException {
        try {
            // Read-only: a workbook opened read-write is saved back on close, changing the file under test.
            return new XSSFWorkbook(OPCPackage.open(file.toFile(), PackageAccess.READ));
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IOException(file + " is not an xlsx", e);
        }
    }

    private static List<TableRow> readCsv(Path file, Set<String> required) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        String text = new String(bytes, detectCharset(bytes));
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<List<String>> lines = new ArrayList<>();
        for (CSVRecord record : CSVFormat.EXCEL.parse(new StringReader(text))) {
            lines.add(record.toList());
        }
        return table(file, "", lines, required);
    }

    private static List<TableRow> readWorkbook(Path file, Set<String> required) throws IOException {
        List<TableRow> rows = new ArrayList<>();
        DataFormatter formatter = new DataFormatter();
        try (XSSFWorkbook workbook = openReadOnly(file)) {
            for (Sheet sheet : workbook) {
                List<List<String>> lines = new ArrayList<>();
                for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                    Row row = sheet.getRow(r);
                    List<String> line = new ArrayList<>();
                    if (row != null) {
                        for (int c = 0; c < row.getLastCellNum(); c++) {
                            line.add(text(row.getCell(c), formatter));
                        }
                    }
                    lines.add(line);
                }
                rows.addAll(table(file, sheet.getSheetName(), lines, required));
            }
        }
        return rows;
    }

    private static String text(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return "";
        }
        if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate().toString();
        }
        return formatter.formatCellValue(cell);
    }

    private static List<TableRow> table(Path file, String sheet, List<List<String>> lines, Set<String> required) {
        int headerIndex = -1;
        List<String> columns = null;
        int nonEmpty = 0;
        for (int i = 0; i < lines.size() && nonEmpty < 10 && headerIndex < 0; i++) {
            if (blank(lines.get(i))) {
                continue;
            }
            nonEmpty++;
            List<String> aliases = lines.get(i).stream().map(h -> BY_KEY.getOrDefault(ColumnKey.of(h), "")).toList();
            if (aliases.containsAll(required)) {
                headerIndex = i;
                columns = aliases;
            }
        }
        List<TableRow> rows = new ArrayList<>();
        if (headerIndex < 0) {
            return rows;
        }
        for (int i = headerIndex + 1; i < lines.size(); i++) {
            List<String> line = lines.get(i);
            if (blank(line)) {
                continue;
            }
            Map<String, String> cells = new LinkedHashMap<>();
            for (int c = 0; c < columns.size() && c < line.size(); c++) {
                if (!columns.get(c).isEmpty()) {
                    cells.put(columns.get(c), line.get(c));
                }
            }
            rows.add(new TableRow(file, sheet, i + 1, cells));
        }
        return rows;
    }

    private static boolean blank(List<String> line) {
        return line.stream().allMatch(String::isBlank);
    }

    private static Map<String, String> byKey() {
        Map<String, String> byKey = new LinkedHashMap<>();
        ALIASES.forEach((chinese, english) -> {
            byKey.put(ColumnKey.of(chinese), english);
            byKey.put(ColumnKey.of(english), english);
        });
        return byKey;
    }

    static Set<String> columns(String... names) {
        return Set.copyOf(Arrays.asList(names));
    }
}
