package com.satops.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.satops.common.inbox.InboxKind;
import com.satops.common.text.TextFolding;

/**
 * Reads a generated inbox back and sorts every row into good or bad by the
 * contract's rules (FORMATS §1–2), independently of the generator, applying the
 * kinds in import order so a household is known once an ERP file listed it.
 */
final class InboxAudit {

    static final Set<String> ERP_REQUIRED =
            InboxTables.columns("project_code", "room", "zone", "handover_status", "occupancy_status");
    static final Set<String> CRM_REQUIRED = InboxTables.columns("project_code", "room", "customer_class", "marked_on");
    static final Set<String> STAFF_REQUIRED = InboxTables.columns("staff_no", "name", "role", "project_code");
    static final Set<String> SURVEY_REQUIRED = InboxTables.columns("survey_month", "project_code", "room", "score");
    static final Set<String> PATROL_REQUIRED = InboxTables.columns("issue_no", "project_code", "patrol_type",
            "found_on", "description", "status");
    static final Set<String> VISIT_REQUIRED = InboxTables.columns("assignment_id");
    static final Set<String> WORKORDER_REQUIRED = InboxTables.columns("order_no", "project_code", "order_type",
            "created_at", "status");
    private static final Set<String> ORDER_TYPES = Set.of("报修", "投诉", "咨询", "建议");
    private static final Set<String> ORDER_STATUSES = Set.of("待处理", "处理中", "已完成", "已关闭");
    private static final Set<String> ORDER_FINISHED = Set.of("已完成", "已关闭");

    private static final Set<String> HANDOVER = Set.of("已交房", "未交房", "DELIVERED", "NOT_DELIVERED");
    private static final Set<String> OCCUPANCY =
            Set.of("常住", "出租", "空置", "装修中", "RESIDENT", "RENTED", "VACANT", "RENOVATING");
    private static final Set<String> CLASSES = Set.of("黑色客户", "良好关系户", "普通客户", "BLACK", "GOOD", "NORMAL");
    private static final Set<String> ROLES =
            Set.of("管家", "部门负责人", "项目经理", "STEWARD", "DEPT_HEAD", "PROJECT_MANAGER");
    private static final Set<String> PATROL_TYPES = Set.of("周巡", "日巡", "WEEKLY", "DAILY");
    private static final Set<String> STATUSES = Set.of("未整改", "整改中", "已销项", "OPEN", "IN_PROGRESS", "CLOSED");
    private static final Set<String> CLOSED = Set.of("已销项", "CLOSED");
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern SLASHED = Pattern.compile("(\\d{4})/(\\d{1,2})/(\\d{1,2})");
    private static final Pattern CHINESE = Pattern.compile("(\\d{4})年(\\d{1,2})月(\\d{1,2})日");
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");

    final Map<InboxKind, Integer> good = new EnumMap<>(InboxKind.class);
    final Map<InboxKind, Integer> bad = new EnumMap<>(InboxKind.class);
    final Map<InboxKind, List<InboxTables.TableRow>> goodRows = new EnumMap<>(InboxKind.class);
    /** Households by project code and canonical key, with handover and occupancy as listed. */
    final Map<String, Map<String, String[]>> households = new HashMap<>();
    /** Latest CRM class per household ({@code CODE|key}). */
    final Map<String, String> latestClass = new HashMap<>();
    final Set<String> reclassifiedBlackToGood = new HashSet<>();
    final Set<String> staffNumbers = new HashSet<>();

    private final Map<String, LocalDate> latestMark = new HashMap<>();

    static InboxAudit of(Path inbox, DemoManifest manifest) throws IOException {
        InboxAudit audit = new InboxAudit();
        for (InboxKind kind : InboxKind.values()) {
            audit.good.put(kind, 0);
            audit.bad.put(kind, 0);
            audit.goodRows.put(kind, new ArrayList<>());
            for (Path file : manifest.files(kind)) {
                for (InboxTables.TableRow row : InboxTables.read(inbox.resolve(file), required(kind))) {
                    audit.count(kind, row, audit.accept(kind, row));
                }
            }
        }
        return audit;
    }

    static Set<String> required(InboxKind kind) {
        return switch (kind) {
            case ERP -> ERP_REQUIRED;
            case CRM -> CRM_REQUIRED;
            case STAFF -> STAFF_REQUIRED;
            case SURVEYS -> SURVEY_REQUIRED;
            case PATROL -> PATROL_REQUIRED;
            case VISITS -> VISIT_REQUIRED;
            case WORKORDERS -> WORKORDER_REQUIRED;
        };
    }

    int deliveredHouseholds() {
        int delivered = 0;
        for (Map<String, String[]> project : households.values()) {
            for (String[] status : project.values()) {
                if ("已交房".equals(status[0])) {
                    delivered++;
                }
            }
        }
        return delivered;
    }

    int householdCount() {
        return households.values().stream().mapToInt(Map::size).sum();
    }

    private void count(InboxKind kind, InboxTables.TableRow row, boolean accepted) {
        (accepted ? good : bad).merge(kind, 1, Integer::sum);
        if (accepted) {
            goodRows.get(kind).add(row);
        }
    }

    private boolean accept(InboxKind kind, InboxTables.TableRow row) {
        return switch (kind) {
            case ERP -> erp(row);
            case STAFF -> staff(row);
            case CRM -> crm(row);
            case SURVEYS -> survey(row);
            case PATROL -> patrol(row);
            case VISITS -> visit(row);
            case WORKORDERS -> workorder(row);
        };
    }

    /** The row-level rules of a work order; its date-times are checked by DateTimeValues' own tests. */
    private boolean workorder(InboxTables.TableRow row) {
        String status = fold(row.get("status"));
        return !fold(row.get("order_no")).isEmpty() && households.containsKey(fold(row.get("project_code")))
                && ORDER_TYPES.contains(fold(row.get("order_type"))) && ORDER_STATUSES.contains(status)
                && !fold(row.get("created_at")).isEmpty()
                && (!ORDER_FINISHED.contains(status) || !fold(row.get("completed_at")).isEmpty());
    }

    private boolean erp(InboxTables.TableRow row) {
        String project = fold(row.get("project_code"));
        Optional<String> key = row.cells().containsKey("building")
                ? RoomKeys.canonical(row.get("building"), row.get("unit"), row.get("room"))
                : RoomKeys.canonical(row.get("room"));
        String handover = fold(row.get("handover_status"));
        String occupancy = fold(row.get("occupancy_status"));
        if (project.isEmpty() || key.isEmpty() || fold(row.get("zone")).isEmpty()
                || !HANDOVER.contains(handover) || !OCCUPANCY.contains(occupancy)) {
            return false;
        }
        households.computeIfAbsent(project, p -> new HashMap<>()).put(key.get(), new String[] {handover, occupancy});
        return true;
    }

    private boolean staff(InboxTables.TableRow row) {
        boolean ok = !fold(row.get("staff_no")).isEmpty() && ROLES.contains(fold(row.get("role")))
                && households.containsKey(fold(row.get("project_code")))
                && (!fold(row.get("role")).equals("管家") || !fold(row.get("zone")).isEmpty());
        if (ok) {
            staffNumbers.add(fold(row.get("staff_no")));
        }
        return ok;
    }

    private boolean crm(InboxTables.TableRow row) {
        Optional<String> household = household(row.get("project_code"), row.get("room"));
        Optional<LocalDate> markedOn = date(row.get("marked_on"));
        String customerClass = fold(row.get("customer_class"));
        if (household.isEmpty() || markedOn.isEmpty() || !CLASSES.contains(customerClass)) {
            return false;
        }
        String id = household.get();
        LocalDate previous = latestMark.get(id);
        if (previous == null || !markedOn.get().isBefore(previous)) {
            if ("黑色客户".equals(latestClass.get(id)) && "良好关系户".equals(customerClass)) {
                reclassifiedBlackToGood.add(id);
            }
            latestMark.put(id, markedOn.get());
            latestClass.put(id, customerClass);
        }
        return true;
    }

    private boolean survey(InboxTables.TableRow row) {
        return MONTH.matcher(fold(row.get("survey_month"))).matches()
                && household(row.get("project_code"), row.get("room")).isPresent()
                && score(row.get("score"));
    }

    private boolean patrol(InboxTables.TableRow row) {
        String status = fold(row.get("status"));
        return !fold(row.get("issue_no")).isEmpty()
                && households.containsKey(fold(row.get("project_code")))
                && PATROL_TYPES.contains(fold(row.get("patrol_type")))
                && date(row.get("found_on")).isPresent()
                && !fold(row.get("description")).isEmpty()
                && STATUSES.contains(status)
                && (!CLOSED.contains(status) || date(row.get("closed_on")).isPresent());
    }

    private boolean visit(InboxTables.TableRow row) {
        boolean matched = !fold(row.get("assignment_id")).isEmpty()
                || household(row.get("project_code"), row.get("room")).isPresent();
        String visitedOn = fold(row.get("visited_on"));
        return matched && (visitedOn.isEmpty() || date(visitedOn).isPresent());
    }

    /** {@code CODE|key} of a household an ERP file listed, if the cells name one. */
    Optional<String> household(String projectCode, String room) {
        String project = fold(projectCode);
        Map<String, String[]> listed = households.get(project);
        if (listed == null) {
            return Optional.empty();
        }
        return RoomKeys.canonical(room).filter(listed::containsKey).map(key -> project + "|" + key);
    }

    static Optional<LocalDate> date(String text) {
        String folded = fold(text);
        for (Pattern pattern : new Pattern[] {ISO, SLASHED, CHINESE}) {
            Matcher m = pattern.matcher(folded);
            if (m.matches()) {
                try {
                    return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                            Integer.parseInt(m.group(3))));
                } catch (DateTimeException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    private static boolean score(String text) {
        try {
            int score = Integer.parseInt(fold(text));
            return score >= 1 && score <= 5;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    static String fold(String value) {
        return TextFolding.fold(value);
    }
}
