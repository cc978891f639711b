package com.satops.followup;

import static org.assertj.core.api.Assertions.assertThat;

import com.satops.common.domain.ReturnVisitRating;
import com.satops.common.domain.WorkOrderStatus;
import com.satops.common.domain.WorkOrderType;
import com.satops.common.report.ReportLocale;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/** The mail template rendered by a plain template engine: no web request, no application context. */
class FollowupMailRendererTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 10);
    private final FollowupMailRenderer renderer = renderer();

    private static FollowupMailRenderer renderer() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("messages/followup");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        ClassLoaderTemplateResolver templates = new ClassLoaderTemplateResolver();
        templates.setPrefix("templates/");
        templates.setSuffix(".html");
        templates.setCharacterEncoding("UTF-8");
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(templates);
        engine.setTemplateEngineMessageSource(messages);
        return new FollowupMailRenderer(engine, messages);
    }

    private static final StaffAddress PM = new StaffAddress("PM1", "<钱经理>", "PROJECT_MANAGER", "XXHY", "pm@x.com");

    private static WorkOrderRow dissatisfied(String no) {
        LocalDateTime visit = LocalDateTime.of(2026, 11, 9, 11, 0);
        return new WorkOrderRow(no, "XXHY", null, WorkOrderType.REPAIR, visit.minusDays(1), null, null, null,
                visit.minusHours(3), visit, ReturnVisitRating.DISSATISFIED, null, "PM1", null,
                WorkOrderStatus.COMPLETED);
    }

    @Test
    void aManagerWhoOwnsOrdersReadsBothPartsInOneMail() {
        ProjectFigures xxhy = new ProjectFigures("XXHY", "星河湾", 3, 1, 2, 1, 3, 2, 4, 1, 2);
        PlannedMail mail = new PlannedMail(PM, xxhy, List.of(dissatisfied("C2")));

        String html = renderer.body(mail, DAY, "service-followup-2026-11-10-XXHY.xlsx", ReportLocale.ZH_CN);

        assertThat(renderer.subject(mail, DAY, ReportLocale.ZH_CN)).isEqualTo("服务跟进日报 2026-11-10 XXHY 星河湾");
        assertThat(html).contains("&lt;钱经理&gt;，您好：").doesNotContain("<钱经理>")
                .contains("XXHY 在 2026-11-10 的工单跟进情况如下：")
                .contains("<th>24小时内跟进</th>")
                .contains("明细见附件 service-followup-2026-11-10-XXHY.xlsx。")
                .contains("<td>C2</td>").contains("<td>公共区域</td>").contains("<td>2026-11-10 11:00:00</td>");
    }

    @Test
    void anOwnerGetsOnlyTheirListInEnglish() {
        PlannedMail mail = new PlannedMail(PM, null, List.of(dissatisfied("C4")));

        String html = renderer.body(mail, DAY, null, ReportLocale.EN);

        assertThat(renderer.subject(mail, DAY, ReportLocale.EN)).isEqualTo("Dissatisfied orders to follow up 2026-11-10");
        assertThat(html).contains("Dear &lt;钱经理&gt;,").doesNotContain("attached").doesNotContain("Created")
                .contains("<td>dissatisfied</td>").contains("<td>repair</td>").contains("lang=\"en\"");
    }
}
