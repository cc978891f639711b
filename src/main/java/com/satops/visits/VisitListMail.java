package com.satops.visits;

import com.satops.common.mail.OutgoingMail;
import com.satops.common.report.ReportLocale;
import com.satops.common.run.RunParameters;
import org.springframework.web.util.HtmlUtils;

/** The mail that brings a person their own visit list. */
final class VisitListMail {

    private VisitListMail() {
    }

    /** The mail for a person's list, or null when they have no list or no email. */
    static OutgoingMail of(VisitListWorkbooks.PersonList list, VisitListWorkbooks.ProjectLists project,
                           RunParameters run, long executionId) {
        String email = list.person().email();
        if (list.workbook() == null || email == null || email.isBlank()) {
            return null;
        }
        ReportLocale l = ReportLocale.of(run.locale());
        String month = run.month().toString();
        String name = list.person().staffName();
        String projectName = project.projectName() == null ? project.projectCode() : project.projectName();
        StaffCount count = list.count();
        String subject = l.pick(month + " 拜访清单：" + projectName + " " + name + "，共 " + count.assigned() + " 户",
                "Visit list " + month + ": " + projectName + ", " + name + ", " + count.assigned() + " households");
        String body = l.pick(
                "<p>" + esc(name) + "，您好：</p>"
                        + "<p>您 " + month + " 的拜访清单（" + esc(projectName) + "）共 <b>" + count.assigned()
                        + "</b> 户，其中黑色客户 " + count.black() + " 户、最近评分 3 分及以下 " + count.lowScore()
                        + " 户、本季度尚未拜访 " + count.coverage() + " 户，见附件。</p>"
                        + "<p>请在本月内逐户上门或电话拜访，在清单中填写拜访日期、拜访方式、业主评分和业主诉求，"
                        + "编号与房号请勿改动。填好的清单交回导入后即计入本季度拜访覆盖。</p>",
                "<p>Dear " + esc(name) + ",</p>"
                        + "<p>your visit list for " + month + " (" + esc(projectName) + ") holds <b>"
                        + count.assigned() + "</b> households: " + count.black() + " black customers, "
                        + count.lowScore() + " that scored 3 or lower, " + count.coverage()
                        + " not yet visited this quarter. It is attached.</p>"
                        + "<p>Please visit each of them this month, in person or by phone, and fill in the visit "
                        + "date, method, the owner's score and request on its row, leaving numbers and rooms as "
                        + "they are. Once returned and imported, the visits count towards this quarter's "
                        + "coverage.</p>");
        return new OutgoingMail(VisitListWorkbooks.JOB, month, email.strip(), subject, body,
                list.workbook().toAbsolutePath(), null, run.runKey(), executionId);
    }

    private static String esc(String text) {
        return HtmlUtils.htmlEscape(text == null ? "" : text);
    }
}
