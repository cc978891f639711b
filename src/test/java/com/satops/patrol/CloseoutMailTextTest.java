package com.satops.patrol;

import static org.assertj.core.api.Assertions.assertThat;

import com.satops.common.domain.PatrolStatus;
import com.satops.common.domain.PatrolType;
import com.satops.common.report.ReportLocale;
import com.satops.common.run.IsoWeek;
import com.satops.support.MailWording;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CloseoutMailTextTest {

    static final CloseoutWeek W47 = new CloseoutWeek(IsoWeek.parse("2026-W47"), LocalDate.of(2026, 11, 30),
            new CloseoutRules(7, 2));

    @Test
    void englishMailListsTheOldestOverdueWithOwnerAndDaysAndEscapesFileText() {
        // given
        Scoreboard.Line project = new Scoreboard.Line(new ProjectFigures("XXHY", "Star Bay", 5, 2, 2, 3, 1),
                List.of(new BigDecimal("0.4000")));
        List<PatrolIssueRow> oldest = List.of(
                issue("W-6", LocalDate.of(2026, 11, 2), "<b>lawn</b>", "X99", null),
                issue("W-5", LocalDate.of(2026, 11, 9), "lobby floor", "S1", "Zhao"));

        // when
        CloseoutMailText.Mail mail = new CloseoutMailText(MailWording.templates(), ReportLocale.EN, W47)
                .project("Qian", project, oldest, "patrol-closeout-2026-W47-XXHY.en.xlsx");

        // then
        assertThat(mail.subject()).isEqualTo("Patrol close-out 2026-W47 XXHY Star Bay");
        assertThat(mail.html()).contains("Dear Qian,", "40.00%", "The 2 oldest overdue issues", "Owner (staff no.)",
                "Zhao (S1)", "X99", ">21</td>", ">14</td>", "patrol-closeout-2026-W47-XXHY.en.xlsx",
                "&lt;b&gt;lawn&lt;/b&gt;");
        assertThat(mail.html()).doesNotContain("<b>lawn", "个", "逾期");
    }

    @Test
    void noOverdueIssueSaysSoAndListsNone() {
        Scoreboard.Line project = new Scoreboard.Line(new ProjectFigures("XXHY", "星河湾", 1, 1, 0, 0, 0),
                List.of(BigDecimal.ONE));

        String html = new CloseoutMailText(MailWording.templates(), ReportLocale.ZH_CN, W47)
                .project("钱经理", project, List.of(), "book.xlsx").html();

        assertThat(html).contains("钱经理，您好：", "没有逾期未销项的问题。", "100.00%").doesNotContain("逾期最久");
    }

    static PatrolIssueRow issue(String no, LocalDate foundOn, String description, String ownerNo, String ownerName) {
        return new PatrolIssueRow(no, "XXHY", PatrolType.WEEKLY, foundOn, "A区", null, null, description, null,
                ownerNo, ownerName, PatrolStatus.OPEN, null, null);
    }
}
