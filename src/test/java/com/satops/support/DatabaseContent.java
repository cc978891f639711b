package com.satops.support;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the imported data amounts to, as a user compares two runs: every
 * household, history row, data issue and applied file, by their content
 * (not by the ids and execution numbers that differ between runs), sorted.
 */
public final class DatabaseContent {

    private static final Map<String, String> QUERIES = new LinkedHashMap<>();

    static {
        QUERIES.put("households", "SELECT project_code, room_key, building, unit, room, zone, owner_name, phone,"
                + " handover_status, occupancy_status, customer_class, class_marked_on FROM household");
        QUERIES.put("status changes", "SELECT h.project_code, h.room_key, c.field, c.from_value, c.to_value,"
                + " c.changed_on, c.row_no FROM status_change c JOIN household h ON h.household_id = c.household_id");
        QUERIES.put("class marks", "SELECT h.project_code, h.room_key, m.customer_class, m.marked_on, m.note"
                + " FROM class_mark m JOIN household h ON h.household_id = m.household_id");
        QUERIES.put("class changes", "SELECT h.project_code, h.room_key, c.from_class, c.to_class, c.changed_on"
                + " FROM class_change c JOIN household h ON h.household_id = c.household_id");
        QUERIES.put("staff", "SELECT * FROM staff");
        QUERIES.put("survey responses", "SELECT COUNT(*) FROM survey_response");
        QUERIES.put("patrol issues", "SELECT COUNT(*) FROM patrol_issue");
        QUERIES.put("visit results", "SELECT COUNT(*) FROM visit_result");
        QUERIES.put("data issues", "SELECT file_name, sheet, row_no, column_name, cell_value, reason, row_skipped"
                + " FROM data_issue");
        QUERIES.put("applied files", "SELECT kind, file_name, sha256, data_rows, bad_rows, applied_rows"
                + " FROM imported_file WHERE status = 'APPLIED'");
    }

    private DatabaseContent() {
    }

    public static Map<String, List<String>> of(ProcessDatabase database) throws SQLException {
        Map<String, List<String>> content = new LinkedHashMap<>();
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            for (Map.Entry<String, String> query : QUERIES.entrySet()) {
                content.put(query.getKey(), rows(statement, query.getValue()));
            }
        }
        return content;
    }

    private static List<String> rows(Statement statement, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (ResultSet result = statement.executeQuery(sql)) {
            ResultSetMetaData meta = result.getMetaData();
            while (result.next()) {
                StringBuilder row = new StringBuilder();
                for (int column = 1; column <= meta.getColumnCount(); column++) {
                    String label = meta.getColumnLabel(column);
                    if (label.equalsIgnoreCase("staff_id") || label.toLowerCase().endsWith("file_id")
                            || label.equalsIgnoreCase("execution_id") || label.equalsIgnoreCase("created_at")) {
                        continue;
                    }
                    row.append(result.getString(column)).append('|');
                }
                rows.add(row.toString());
            }
        }
        rows.sort(null);
        return rows;
    }
}
