package com.satops.common.inbox.kind;

import com.satops.common.inbox.DataIssueText;
import com.satops.common.inbox.InboxKind;
import com.satops.common.inbox.KindMerge;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.function.IntSupplier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Each kind's merge: set-based statements of its mapper. The checks that record
 * data issues get the zh-CN patterns of their reasons ({@link DataIssueText#sqlPatterns()}).
 */
@Configuration(proxyBeanMethods = false)
public class KindMergeConfiguration {

    /**
     * For a kind that stages up to a million rows a merge: first whether a file may list a key twice at all, as
     * most files list each key once and the statement naming earlier rows sorts every row by its whole key. Both
     * statements read only the files the stage could not tell ({@link com.satops.common.inbox.FileKeyWatch}), so
     * over files all known to list each key once the count reads nothing.
     */
    private static StatementMerge.SupersededMark ifPossiblyRepeated(IntSupplier possiblyRepeated,
                                                                    StatementMerge.SupersededMark mark) {
        return besideRejected -> possiblyRepeated.getAsInt() > 0 ? mark.mark(besideRejected) : 0;
    }

    /**
     * A roster is a full snapshot: households are upserted, status changes kept as
     * history, and nobody is ever deleted; a household the snapshot leaves out
     * keeps its last status and shows as missing from the roster. Its one check
     * skips no row, and says whether a project exists by then: it runs after the
     * verdicts, with the statements that apply. Each file's projects are summed up
     * once for them; households change between two files only in a project that
     * two files list, so without one that statement does not run.
     */
    @Bean
    KindMerge erpMerge(ErpMergeMapper erp, DataIssueText text) {
        Map<String, String> zh = text.sqlPatterns();
        return new StatementMerge(InboxKind.ERP, List.of(),
                ifPossiblyRepeated(erp::countPossiblyRepeatedKeys, erp::markSuperseded),
                List.of(merge -> erp.listFileProjects(), merge -> erp.reportProjectNamedByCode(merge, zh),
                        merge -> erp.upsertProjects(), erp::recordKnownHouseholdChanges,
                        merge -> erp.upsertHouseholds(), merge -> {
                            if (erp.countSharedProjects() > 0) {
                                erp.recordNewHouseholdChanges(merge);
                            }
                        }, merge -> erp.forgetFileProjects()));
    }

    @Bean
    KindMerge staffMerge(StaffMergeMapper staff, DataIssueText text) {
        Map<String, String> zh = text.sqlPatterns();
        return new StatementMerge(InboxKind.STAFF, List.of(merge -> staff.reportUnknownProject(merge, zh)),
                staff::markSuperseded, List.of(merge -> staff.upsertStaff()));
    }

    /**
     * Every mark is kept; class changes go to history; the latest 标记日期 is the current class. A mark is
     * compared with the class its household has after the files before it, so the marks apply file by file.
     */
    @Bean
    KindMerge crmMerge(CrmMergeMapper crm, DataIssueText text) {
        Map<String, String> zh = text.sqlPatterns();
        return new StatementMerge(InboxKind.CRM,
                List.of(merge -> crm.reportUnknownProjectOrHousehold(merge, zh)),
                crm::markSuperseded, List.of(),
                List.of(crm::recordClassChanges, (merge, fileId) -> crm.upsertMarks(fileId),
                        (merge, fileId) -> crm.refreshCurrentClass(fileId)),
                null);
    }

    @Bean
    KindMerge surveyMerge(SurveyMergeMapper surveys, DataIssueText text) {
        Map<String, String> zh = text.sqlPatterns();
        return new StatementMerge(InboxKind.SURVEYS,
                List.of(merge -> surveys.reportUnknownProjectOrHousehold(merge, zh)),
                ifPossiblyRepeated(surveys::countPossiblyRepeatedKeys, surveys::markSuperseded),
                List.of(merge -> surveys.upsertResponses()));
    }

    /** New issues and status updates upsert by 问题编号; each status change is kept (a re-opened issue too). */
    @Bean
    KindMerge patrolMerge(PatrolMergeMapper patrol, DataIssueText text) {
        Map<String, String> zh = text.sqlPatterns();
        return new StatementMerge(InboxKind.PATROL, List.of(merge -> patrol.reportUnknownProject(merge, zh)),
                patrol::markSuperseded,
                List.of(patrol::recordStatusChanges, merge -> patrol.upsertIssues()));
    }

    /** Visit results count as coverage; rows without 拜访日期 are lists not yet worked and record nothing. */
    @Bean
    KindMerge visitMerge(VisitMergeMapper visits, DataIssueText text) {
        Map<String, String> zh = text.sqlPatterns();
        return new StatementMerge(InboxKind.VISITS,
                List.of(merge -> visits.reportUnknownHousehold(merge, zh)),
                visits::markSuperseded,
                List.of(merge -> visits.upsertResults()), List.of(), visits::countVisited);
    }

    /**
     * Work orders upsert by 工单编号, a later row replacing the whole order; each change of 状态 is kept
     * with the file and the moment it was imported (the application's clock, so a test or a re-run can tell).
     */
    @Bean
    KindMerge workorderMerge(WorkorderMergeMapper orders, DataIssueText text, Clock clock) {
        Map<String, String> zh = text.sqlPatterns();
        return new StatementMerge(InboxKind.WORKORDERS,
                List.of(merge -> orders.reportUnknownProjectOrHousehold(merge, zh)),
                orders::markSuperseded,
                List.of(merge -> orders.recordStatusChanges(merge,
                                LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS)),
                        merge -> orders.upsertOrders()));
    }
}
