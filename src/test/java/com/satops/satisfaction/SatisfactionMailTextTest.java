package com.satops.satisfaction;

import static org.assertj.core.api.Assertions.assertThat;

import com.satops.common.domain.ReasonCategory;
import com.satops.common.mail.MailTemplates;
import com.satops.common.report.ReportLocale;
import com.satops.support.MailWording;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SatisfactionMailTextTest {

    static final YearMonth OCTOBER = YearMonth.of(2026, 10);
    static final MailTemplates TEMPLATES = MailWording.templates();

    @Test
    void chineseMailLeadsWithTheRateItsChangeAndTheTopReasons() {
        ScopeDigest digest = project("XXHY", "星河湾", point(10, 9), point(8, 3),
                Map.of(ReasonCategory.PARKING, 3L, ReasonCategory.SECURITY, 2L, ReasonCategory.CLEANING, 0L,
                        ReasonCategory.OTHER, 0L));

        SatisfactionMailText.Mail mail = new SatisfactionMailText(TEMPLATES, ReportLocale.ZH_CN, 2)
                .compose(digest, "satisfaction-summary-2026-10-XXHY.xlsx");

        assertThat(mail.subject()).isEqualTo("满意度月报 2026年10月｜星河湾（XXHY） 37.50%");
        assertThat(mail.html()).contains("37.50%", "-52.50 个百分点", "上月 90.00%", "停车门岗", "60.00%",
                "保安服务", "cid:chart", "satisfaction-summary-2026-10-XXHY.xlsx");
        assertThat(mail.html()).as("only the top two reasons").doesNotContain("清洁卫生");
    }

    @Test
    void englishMailOnRequestAndNoComparisonWithoutLastMonth() {
        ScopeDigest digest = project("XXHY", "Star Bay", point(0, 0), point(4, 4), Map.of());

        SatisfactionMailText.Mail mail = new SatisfactionMailText(TEMPLATES, ReportLocale.EN, 3).compose(digest, "book.xlsx");

        assertThat(mail.subject()).isEqualTo("Satisfaction summary 2026-10 | Star Bay (XXHY) 100.00%");
        assertThat(mail.html()).contains("No responses last month", "No response scored 3 or lower");
    }

    @Test
    void namesFromFilesAreEscapedInTheBody() {
        ScopeDigest digest = project("XXHY", "<script>alert(1)</script>", point(1, 1), point(1, 1), Map.of());

        String html = new SatisfactionMailText(TEMPLATES, ReportLocale.ZH_CN, 3).compose(digest, "book.xlsx").html();

        assertThat(html).doesNotContain("<script>").contains("&lt;script&gt;");
    }

    @Test
    void aTieAtTheCutNamesBothReasons() {
        // given: parking 7 = security 7 behind cleaning 9, and the mail names the top two
        ScopeDigest digest = project("XXHY", "星河湾", point(40, 30), point(40, 17),
                Map.of(ReasonCategory.CLEANING, 9L, ReasonCategory.PARKING, 7L, ReasonCategory.SECURITY, 7L,
                        ReasonCategory.GREENING, 0L));

        // when
        String html = new SatisfactionMailText(TEMPLATES, ReportLocale.ZH_CN, 2).compose(digest, "book.xlsx").html();

        // then
        assertThat(digest.topReasons(2)).containsExactly(ReasonCategory.CLEANING, ReasonCategory.SECURITY,
                ReasonCategory.PARKING);
        assertThat(html).contains("清洁卫生", "保安服务", "停车门岗", "数量相同的原因并列列出", "-32.50 个百分点");
        assertThat(html).doesNotContain("绿化养护");
    }

    @Test
    void theChartScalesToTheScreenAndRatesChangeInPercentagePoints() {
        ScopeDigest digest = project("XXHY", "Star Bay", point(10, 8), point(10, 9), Map.of());

        String html = new SatisfactionMailText(TEMPLATES, ReportLocale.EN, 3).compose(digest, "book.xlsx").html();

        assertThat(html).contains("src=\"cid:chart\"", "width:100%", "max-width:" + TrendChartImage.WIDTH + "px",
                "height:auto", "+10.00 percentage points", "max-width:640px");
        assertThat(html).doesNotContain("10.00%</b>");
    }

    static MonthPoint point(long responses, long satisfied) {
        return new MonthPoint(OCTOBER, responses, satisfied);
    }

    /** A project whose last two trend months are {@code september} and {@code october}. */
    static ScopeDigest project(String code, String name, MonthPoint september, MonthPoint october,
                               Map<ReasonCategory, Long> reasons) {
        List<MonthPoint> trend = new ArrayList<>();
        for (int i = 11; i >= 2; i--) {
            trend.add(new MonthPoint(OCTOBER.minusMonths(i), 0, 0));
        }
        trend.add(new MonthPoint(OCTOBER.minusMonths(1), september.responses(), september.satisfied()));
        trend.add(october);
        return new ScopeDigest(code, name, OCTOBER, trend, reasons, 0, List.of());
    }
}
