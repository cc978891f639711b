package com.satops.visits;

import static org.assertj.core.api.Assertions.assertThat;

import com.satops.common.inbox.InboxKind;
import com.satops.common.report.Column;
import com.satops.common.report.ReportBundles;
import com.satops.common.report.ReportLocale;
import com.satops.common.table.ColumnDef;
import com.satops.common.text.ColumnKey;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A list sheet must read back as the visits input kind in either report language. */
class VisitListHeadersTest {

    private static List<String> names(ColumnDef column) {
        List<String> names = new ArrayList<>(List.of(ColumnKey.of(column.key()), ColumnKey.of(column.chineseName())));
        column.aliases().forEach(alias -> names.add(ColumnKey.of(alias)));
        return names;
    }

    @Test
    void listSheetsStartWithTheVisitsColumnsAndNoOtherColumnAnswersToOne() {
        List<ColumnDef> visits = InboxKind.VISITS.columns();
        for (ReportLocale locale : ReportLocale.values()) {
            String[] headers = Arrays.stream(VisitListWorkbooks.listColumns(ReportBundles.text(locale)))
                    .map(Column::header).toArray(String[]::new);
            for (int i = 0; i < visits.size(); i++) {
                assertThat(names(visits.get(i))).as(locale + " " + headers[i]).contains(ColumnKey.of(headers[i]));
            }
            List<String> all = visits.stream().flatMap(c -> names(c).stream()).toList();
            Arrays.stream(headers).skip(visits.size())
                    .forEach(extra -> assertThat(all).as(locale + " " + extra).doesNotContain(ColumnKey.of(extra)));
        }
    }
}
