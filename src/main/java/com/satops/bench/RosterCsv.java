package com.satops.bench;

import com.satops.common.inbox.InboxKind;
import com.satops.common.table.TableReader;
import com.satops.common.table.TableRow;
import com.satops.common.text.RoomKey;
import com.satops.common.text.RoomKeyParser;
import com.satops.common.text.ValueException;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The waiting ERP rosters as one CSV in the household table's columns: the bulk
 * loader's input for the load ceiling. Rows without a room key, project or zone
 * (the deliberately bad ones) are left out, as the import skips them.
 */
final class RosterCsv {

    static final List<String> COLUMNS = List.of("project_code", "room_key", "building", "unit", "room", "zone",
            "owner_name", "phone", "handover_status", "occupancy_status");

    private RosterCsv() {
    }

    /** Writes the CSV and returns how many households it holds. */
    static long write(List<Path> rosters, Path target) throws IOException {
        Files.createDirectories(target.getParent());
        long written = 0;
        try (BufferedWriter out = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
            out.write(String.join(",", COLUMNS));
            out.write('\n');
            for (Path roster : rosters) {
                try (TableReader table = TableReader.open(roster, InboxKind.ERP.columns())) {
                    for (TableRow row = table.next(); row != null; row = table.next()) {
                        if (line(row, out)) {
                            written++;
                        }
                    }
                }
            }
        }
        return written;
    }

    private static boolean line(TableRow row, BufferedWriter out) throws IOException {
        String project = row.value("project_code");
        String zone = row.value("zone");
        RoomKey key;
        try {
            key = RoomKeyParser.fromParts(row.value("building"), row.value("unit"), row.value("room"));
        } catch (ValueException e) {
            return false;
        }
        String roomKey = key.canonical();
        if (project.isEmpty() || zone.isEmpty() || project.length() > 32 || roomKey.length() > 64
                || zone.length() > 64) {
            return false;
        }
        String[] values = {project, roomKey, key.building(), key.unit(), key.room(), zone, row.value("owner_name"),
                row.value("phone"), row.value("handover_status"), row.value("occupancy_status")};
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                out.write(',');
            }
            quoted(values[i], out);
        }
        out.write('\n');
        return true;
    }

    private static void quoted(String value, BufferedWriter out) throws IOException {
        out.write('"');
        out.write(value == null ? "" : value.replace("\"", "\"\""));
        out.write('"');
    }
}
