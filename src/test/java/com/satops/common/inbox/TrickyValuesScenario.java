package com.satops.common.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.satops.common.run.JobCatalog;
import com.satops.common.run.JobRunner;
import com.satops.common.run.RunSummary;
import com.satops.support.FreshStart;
import com.satops.support.TestHome;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Cell text that a bulk load's escapes could bend reaches the households exactly, run on each database. */
abstract class TrickyValuesScenario extends FreshStart {

    /** Owner names by room, each a text that staging must not bend. */
    static final Map<String, String> OWNERS = new LinkedHashMap<>();

    static {
        OWNERS.put("0101", "张\t三");
        OWNERS.put("0102", "第一行\n第二行");
        OWNERS.put("0103", "回车\r\n换行");
        OWNERS.put("0104", "C:\\业主\\名单");
        OWNERS.put("0105", "\\N");
        OWNERS.put("0106", "NULL");
        OWNERS.put("0107", "结尾反斜杠\\");
        OWNERS.put("0108", "欧阳娜娜😀👨‍👩‍👧");
        OWNERS.put("0109", "O'Brien \"老王\"");
        OWNERS.put("0110", "\\t 不是制表符 \\n");
        OWNERS.put("0111", "龘".repeat(200));
    }

    @Autowired
    JobRunner runner;

    @Autowired
    JdbcTemplate db;

    @Test
    void ownerNamesWithTabsNewlinesBackslashesAndCjkApplyExactlyAndAnOverLongOneIsABadValue() {
        // given: 40 plain households, then owner names as quoted CSV cells, one of them empty, one over 200 characters
        StringBuilder roster = new StringBuilder(InboxImportScenario.header() + InboxImportScenario.rows(40));
        OWNERS.forEach((room, owner) -> roster.append(line(room, owner)));
        roster.append(line("0112", ""));
        roster.append(line("0113", "龘".repeat(201)));
        TestHome.dropCsv("erp", "erp-xxhy.csv", roster.toString());

        // when
        RunSummary summary = runner.run(JobCatalog.IMPORT.parameters(null, null, InboxRows.AS_OF, List.of(), "zh-CN",
                InboxRows.AS_OF));

        // then
        assertThat(summary.status()).isEqualTo("COMPLETED");
        Map<String, String> stored = new LinkedHashMap<>();
        db.query("SELECT room, owner_name FROM household WHERE room > '0100' ORDER BY room",
                row -> { stored.put(row.getString("room"), row.getString("owner_name")); });
        Map<String, String> expected = new LinkedHashMap<>(OWNERS);
        expected.put("0112", null);
        assertThat(stored).containsExactlyEntriesOf(expected);
        assertThat(db.queryForList("SELECT row_no, column_name, reason_arg0, reason_arg1 FROM data_issue"
                        + " WHERE row_skipped = TRUE"))
                .singleElement().satisfies(issue -> assertThat(List.of(issue.values().toArray()))
                        .map(String::valueOf).containsExactly("54", "业主姓名", "201", "200"));
    }

    private static String line(String room, String owner) {
        return String.join(",", List.of("XXHY", "星河湾", "1", "1", room, "A区",
                "\"" + owner.replace("\"", "\"\"") + "\"", "13800000000", "已交房", "常住")) + "\n";
    }
}
