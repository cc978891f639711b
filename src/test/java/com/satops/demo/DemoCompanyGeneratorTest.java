package com.satops.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.satops.common.inbox.InboxKind;

/** One default-sized demo company, generated once and read back the way an import would. */
class DemoCompanyGeneratorTest {

    private static final DemoSpec SPEC = new DemoSpec(DemoSpec.DEFAULT_HOUSEHOLDS, DemoSpec.DEFAULT_PROJECTS, 20261120L,
            YearMonth.of(2026, 11));

    @TempDir
    static Path inbox;

    private static DemoManifest manifest;
    private static InboxAudit audit;

    @BeforeAll
    static void generate() throws IOException {
        manifest = new DemoCompanyGenerator().generate(inbox, SPEC);
        audit = InboxAudit.of(inbox, manifest);
    }

    @Test
    void writesEveryKindIntoItsFolder() {
        assertThat(manifest.households()).isEqualTo(3_000);
        assertThat(manifest.projectCodes()).containsExactly("XXHY", "JDHY", "LHYY");
        for (InboxKind kind : InboxKind.values()) {
            assertThat(manifest.files(kind)).as(kind.name()).isNotEmpty().allSatisfy(file -> {
                assertThat(file.getName(0).toString()).isEqualTo(kind.folder());
                assertThat(inbox.resolve(file)).isNotEmptyFile();
            });
            assertThat(manifest.rows(kind)).as(kind.name()).isPositive();
        }
        assertThat(manifest.files(InboxKind.ERP)).hasSize(3);
        assertThat(manifest.files(InboxKind.SURVEYS)).hasSize(12)
                .anyMatch(file -> file.toString().endsWith(".xlsx"))
                .anyMatch(file -> file.toString().endsWith(".csv"));
        assertThat(manifest.files(InboxKind.PATROL).stream().map(Path::toString))
                .contains("patrol/巡区问题-XXHY-20261116.xlsx", "patrol/巡区问题状态更新-20261120.csv");
    }

    @Test
    void titledRosterHasItsTitleRowAboveTheHeader() throws IOException {
        try (XSSFWorkbook workbook = InboxTables.openReadOnly(inbox.resolve("erp/房屋台账-XXHY-20261120.xlsx"))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue())
                    .startsWith("星河湾项目房屋台账 导出时间 2026-11-20");
            Row header = sheet.getRow(1);
            assertThat(header.getCell(1).getStringCellValue()).isEqualTo("项目编码");
            assertThat(header.getCell(3).getStringCellValue()).isEqualTo("楼栋");
            assertThat(header.getCell(5).getStringCellValue()).isEqualTo("房号");
            assertThat(sheet.getRow(2).getCell(1).getStringCellValue()).isEqualTo("XXHY");
        }
    }

    @Test
    void englishRosterIsGb18030AndNotUtf8() throws IOException {
        byte[] bytes = Files.readAllBytes(inbox.resolve("erp/房屋台账-JDHY-20261120.csv"));
        assertThat(InboxTables.detectCharset(bytes)).isEqualTo(Charset.forName("GB18030"));
        String text = new String(bytes, Charset.forName("GB18030"));
        assertThat(text).startsWith("Room,Building,Unit,Zone,Project_Code,Project_Name")
                .contains(",JDHY,锦绣华庭,", "已交房", "常住");
        assertThat(new String(bytes, StandardCharsets.UTF_8)).doesNotContain("锦绣华庭");
    }

    @Test
    void combinedKeyRosterUsesEveryFormOfTheRoomKey() {
        List<String> rooms = audit.goodRows.get(InboxKind.ERP).stream()
                .filter(row -> !row.cells().containsKey("building"))
                .map(row -> row.get("room"))
                .toList();
        assertThat(rooms).isNotEmpty()
                .anyMatch(room -> room.matches("\\d+-\\d+-\\d{4}"))
                .anyMatch(room -> room.matches("\\d+栋\\d+单元\\d{4}"))
                .anyMatch(room -> room.matches("\\d+幢\\d+单元\\d{4}室"))
                .anyMatch(room -> room.matches("\\d+号楼\\d+单元\\d{4}"))
                .anyMatch(room -> room.matches("[０-９]+栋[０-９]+单元[０-９]{4}"))
                .anyMatch(room -> room.matches("\\d+栋 \\d+单元 \\d{4}"));
        Set<String> unitless = audit.goodRows.get(InboxKind.ERP).stream()
                .map(row -> row.get("room"))
                .filter(room -> room.matches("\\d+-\\d{4}|\\d+幢\\d{4}室"))
                .collect(Collectors.toSet());
        assertThat(unitless).isNotEmpty();
    }

    @Test
    void badRowsInTheManifestAreTheBadRowsInTheFiles() {
        for (InboxKind kind : InboxKind.values()) {
            assertThat(audit.bad.get(kind).longValue()).as("bad %s rows", kind).isEqualTo(manifest.badRows(kind));
            assertThat((long) audit.good.get(kind) + audit.bad.get(kind)).as("%s rows", kind)
                    .isEqualTo(manifest.rows(kind));
        }
        assertThat(manifest.badRows(InboxKind.ERP)).isBetween(3L, 12L);
        assertThat(manifest.badRows(InboxKind.CRM)).isPositive();
        assertThat(manifest.badRows(InboxKind.STAFF)).isZero();
    }

    @Test
    void noFileComesNearTheRejectRate() throws IOException {
        for (InboxKind kind : InboxKind.values()) {
            for (Path file : manifest.files(kind)) {
                Path path = inbox.resolve(file);
                long rows = InboxTables.read(path, InboxAudit.required(kind)).size();
                long good = audit.goodRows.get(kind).stream().filter(r -> r.file().equals(path)).count();
                assertThat(rows - good).as(file.toString()).isLessThanOrEqualTo(Math.round(rows * 0.02));
            }
        }
    }

    @Test
    void everyRoomTheOtherKindsNameIsAnErpHousehold() {
        assertThat(audit.householdCount()).isEqualTo(manifest.households());
        assertThat(audit.households.keySet()).containsExactlyInAnyOrderElementsOf(manifest.projectCodes());
        for (InboxKind kind : List.of(InboxKind.CRM, InboxKind.SURVEYS, InboxKind.VISITS)) {
            assertThat(audit.goodRows.get(kind)).as(kind.name())
                    .allSatisfy(row -> assertThat(audit.household(row.get("project_code"), row.get("room")))
                            .isPresent());
        }
        assertThat(audit.goodRows.get(InboxKind.PATROL))
                .filteredOn(row -> row.file().toString().endsWith(".xlsx"))
                .isNotEmpty()
                .allSatisfy(row -> assertThat(audit.staffNumbers).contains(row.get("owner_staff_no")));
    }

    @Test
    void workOrdersLookLikeAMonthOfTheCrm() {
        List<InboxTables.TableRow> rows = audit.goodRows.get(InboxKind.WORKORDERS);
        assertThat(manifest.files(InboxKind.WORKORDERS).stream().map(Path::toString))
                .anyMatch(name -> name.contains("工单状态更新-") && name.endsWith(".csv"));
        assertThat(rows).filteredOn(row -> !row.get("room").isBlank())
                .isNotEmpty()
                .allSatisfy(row -> assertThat(audit.household(row.get("project_code"), row.get("room"))).isPresent());
        assertThat(rows).filteredOn(row -> row.get("room").isBlank()).as("public-area orders").isNotEmpty();
        assertThat(rows).filteredOn(row -> row.get("responded_at").isBlank()).as("never responded").isNotEmpty();
        assertThat(rows).filteredOn(row -> List.of("不满意", "1", "2").contains(row.get("return_visit_rating")))
                .as("dissatisfied return visits").isNotEmpty();
        for (String form : List.of("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}", "\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}",
                "\\d{4}/\\d{1,2}/\\d{1,2} \\d{1,2}:\\d{2}", "\\d{4}/\\d{1,2}/\\d{1,2} \\d{1,2}:\\d{2}:\\d{2}",
                "\\d{4}年\\d{1,2}月\\d{1,2}日 \\d{2}:\\d{2}", "\\d{4}年\\d{1,2}月\\d{1,2}日 \\d{2}:\\d{2}:\\d{2}")) {
            assertThat(rows).as(form).anyMatch(row -> row.get("created_at").matches(form));
        }
        assertThat(rows).extracting(row -> row.get("status")).contains("待处理", "处理中", "已完成", "已关闭");
    }

    @Test
    void householdsAndClassesHavePlausibleShares() {
        int delivered = audit.deliveredHouseholds();
        assertThat(delivered / 3000.0).isBetween(0.93, 0.97);
        long resident = audit.households.values().stream().flatMap(p -> p.values().stream())
                .filter(s -> s[0].equals("已交房") && s[1].equals("常住")).count();
        assertThat(resident / (double) delivered).isBetween(0.70, 0.80);

        Map<String, Long> classes = audit.latestClass.values().stream()
                .collect(Collectors.groupingBy(c -> c, Collectors.counting()));
        assertThat(classes.getOrDefault("黑色客户", 0L) / (double) delivered).isBetween(0.02, 0.04);
        assertThat(classes.getOrDefault("良好关系户", 0L) / (double) delivered).isBetween(0.06, 0.10);
        assertThat(classes.getOrDefault("普通客户", 0L)).isPositive();
        assertThat(audit.reclassifiedBlackToGood).isNotEmpty();
    }

    @Test
    void crmKeepsExcelDatesInOneSheetAndTextDatesInTheOthers() {
        Map<String, Set<String>> datesBySheet = new HashMap<>();
        for (InboxTables.TableRow row : audit.goodRows.get(InboxKind.CRM)) {
            datesBySheet.computeIfAbsent(row.sheet(), s -> new HashSet<>()).add(row.get("marked_on"));
        }
        assertThat(datesBySheet.get("XXHY 星河湾")).allMatch(d -> d.matches("\\d{4}-\\d{2}-\\d{2}"));
        Set<String> typed = new HashSet<>(datesBySheet.get("JDHY 锦绣华庭"));
        typed.addAll(datesBySheet.get("LHYY 丽湖雅苑"));
        assertThat(typed).anyMatch(d -> d.matches("\\d{4}/\\d{1,2}/\\d{1,2}"))
                .anyMatch(d -> d.matches("\\d{4}年\\d{1,2}月\\d{1,2}日"));
    }

    @Test
    void surveysAreMostlySatisfiedWithReasonsForTheRest() {
        List<InboxTables.TableRow> rows = audit.goodRows.get(InboxKind.SURVEYS);
        List<InboxTables.TableRow> assessed = rows.stream()
                .filter(r -> !Set.of("否", "N").contains(r.get("in_assessment"))).toList();
        assertThat(assessed.size() / (double) rows.size()).isBetween(0.92, 0.98);
        long satisfied = assessed.stream().filter(r -> Integer.parseInt(r.get("score")) >= 4).count();
        assertThat(satisfied / (double) assessed.size()).isBetween(0.80, 0.90);

        double monthlyShare = rows.size() / 12.0 / audit.deliveredHouseholds();
        assertThat(monthlyShare).isBetween(0.065, 0.095);

        List<InboxTables.TableRow> unhappy = rows.stream().filter(r -> Integer.parseInt(r.get("score")) <= 3).toList();
        long categorised = unhappy.stream().filter(r -> !r.get("reason_category").isEmpty()).count();
        assertThat(categorised / (double) unhappy.size()).isBetween(0.40, 0.60);
        assertThat(unhappy).allMatch(r -> !r.get("reason_category").isEmpty() || !r.get("reason").isEmpty());
        assertThat(unhappy).anyMatch(r -> r.get("reason_category").equals("FACILITIES"))
                .anyMatch(r -> r.get("reason_category").equals("设施设备"))
                .anyMatch(r -> r.get("reason").contains("保安态度差"));
        assertThat(rows).allSatisfy(r -> assertThat(InboxAudit.date(r.get("surveyed_on")))
                .hasValueSatisfying(day -> assertThat(YearMonth.from(day))
                        .hasToString(r.get("survey_month"))));
    }

    @Test
    void staffListHasTheCasesTheReportsShow() {
        List<InboxTables.TableRow> staff = audit.goodRows.get(InboxKind.STAFF);
        assertThat(staff).filteredOn(r -> r.get("role").equals("项目经理")).hasSize(3);
        assertThat(staff).filteredOn(r -> r.get("role").equals("部门负责人")).hasSize(6);
        assertThat(staff).filteredOn(r -> r.get("active").equals("否")).hasSize(1);
        assertThat(staff).filteredOn(r -> !r.get("monthly_quota").isEmpty()).hasSize(1);
        assertThat(staff).anyMatch(r -> r.get("email").isEmpty())
                .anyMatch(r -> r.get("email").equals(r.get("staff_no").toLowerCase() + "@demo-property.example.com"));
        assertThat(staff).allMatch(r -> r.get("staff_no").matches("S\\d{5}"));

        Map<String, Long> activeStewardsByZone = staff.stream()
                .filter(r -> r.get("role").equals("管家") && r.get("active").equals("是"))
                .collect(Collectors.groupingBy(r -> r.get("project_code") + "|" + r.get("zone"),
                        Collectors.counting()));
        assertThat(activeStewardsByZone).containsValue(2L);
        Set<String> zones = audit.goodRows.get(InboxKind.ERP).stream()
                .map(r -> r.get("project_code") + "|" + r.get("zone"))
                .collect(Collectors.toSet());
        assertThat(zones).filteredOn(zone -> !activeStewardsByZone.containsKey(zone)).hasSize(1);
    }

    @Test
    void patrolCoversEightWeeksAndTheUpdateClosesIssuesOfTheLogs() {
        List<InboxTables.TableRow> rows = audit.goodRows.get(InboxKind.PATROL);
        Map<String, Long> weeklyPerProjectWeek = rows.stream()
                .filter(r -> r.get("patrol_type").equals("周巡") && !r.file().toString().contains("状态更新"))
                .collect(Collectors.groupingBy(r -> r.get("issue_no").substring(0, r.get("issue_no").lastIndexOf('-')),
                        Collectors.counting()));
        assertThat(weeklyPerProjectWeek).hasSize(3 * 8);
        assertThat(weeklyPerProjectWeek.values()).allMatch(n -> n >= 6 && n <= 10);
        assertThat(weeklyPerProjectWeek).containsKeys("XXHY-W2026-39", "XXHY-W2026-46");

        Map<String, String> logStatus = new HashMap<>();
        rows.stream().filter(r -> !r.file().toString().contains("状态更新"))
                .forEach(r -> logStatus.put(r.get("issue_no"), r.get("status")));
        List<InboxTables.TableRow> updates = rows.stream()
                .filter(r -> r.file().toString().contains("状态更新")).toList();
        assertThat(updates).isNotEmpty().allSatisfy(r -> {
            assertThat(r.get("status")).isEqualTo("已销项");
            assertThat(logStatus.get(r.get("issue_no"))).isIn("未整改", "整改中");
        });
        assertThat(logStatus.values()).contains("已销项", "整改中", "未整改");

        LocalDate exported = LocalDate.of(2026, 11, 16);
        assertThat(rows).allSatisfy(r -> assertThat(InboxAudit.date(r.get("found_on")))
                .hasValueSatisfying(d -> assertThat(d).isBetween(exported.minusWeeks(8), exported.minusDays(1))));
        assertThat(rows).filteredOn(r -> r.get("patrol_type").equals("日巡") && r.get("rechecked_on").isEmpty())
                .isNotEmpty();
    }

    @Test
    void visitsAreLastMonthsVisitsOutsideAnyList() {
        List<InboxTables.TableRow> rows = audit.goodRows.get(InboxKind.VISITS);
        assertThat(rows.size() / 3000.0).isBetween(0.08, 0.12);
        assertThat(rows).allSatisfy(r -> {
            assertThat(r.get("assignment_id")).isEmpty();
            assertThat(InboxAudit.date(r.get("visited_on")))
                    .hasValueSatisfying(d -> assertThat(YearMonth.from(d)).isEqualTo(YearMonth.of(2026, 10)));
            assertThat(r.get("method")).isIn("上门", "电话");
        });
        assertThat(rows).extracting(r -> r.sheet()).contains("管家拜访", "经理拜访");
    }
}
