package com.satops.common.inbox.kind;

import com.satops.common.inbox.DataIssueText;
import com.satops.common.inbox.InboxKind;
import com.satops.common.inbox.KindMerge;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Each kind's merge: set-based statements of its mapper. The checks that record
 * data issues get the zh-CN patterns of their reasons ({@link DataIssueText#sqlPatterns()}).
 */
@Configuration(proxyBeanMethods = false)
public class KindMergeConfiguration {

    /**
     * A roster is a full snapshot: households are upserted, status changes kept as
     * history, and nobody is ever deleted; a household the snapshot leaves out
     * keeps its last status and shows as missing from the roster.
     */
    @Bean
    KindMerge erpMerge(ErpMergeMapper erp, DataIssueText text) {
        Map<String, String> zh = text.sqlPatterns();
        return new StatementMerge(InboxKind.ERP, List.of(file -> erp.reportProjectNamedByCode(file, zh)),
                erp::deleteSuperseded,
                List.of(erp::upsertProjects, erp::recordHandoverChanges, erp::recordOccupancyChanges,
                        erp::upsertHouseholds));
    }

    @Bean
    KindMerge staffMerge(StaffMergeMapper staff, DataIssueText text) {
        Map<String, String> zh = text.sqlPatterns();
        return new StatementMerge(InboxKind.STAFF, List.of(file -> staff.reportUnknownProject(file, zh)),
                staff::deleteSuperseded, List.of(staff::upsertStaff));
    }

    /** Every mark is kept; class changes go to history; the latest 标记日期 is the current class. */
    @Bean
    KindMerge crmMerge(CrmMergeMapper crm, DataIssueText text) {
        Map<String, String> zh = text.sqlPatterns();
        return new StatementMerge(InboxKind.CRM,
                List.of(crm::resolveHouseholds, file -> crm.reportUnknownProject(file, zh),
                        file -> crm.reportUnknownHousehold(file, zh)),
                crm::deleteSuperseded,
                List.of(crm::recordClassChanges, crm::upsertMarks, crm::refreshCurrentClass));
    }

    @Bean
    KindMerge surveyMerge(SurveyMergeMapper surveys, DataIssueText text) {
        Map<String, String> zh = text.sqlPatterns();
        return new StatementMerge(InboxKind.SURVEYS,
                List.of(surveys::resolveHouseholds, file -> surveys.reportUnknownProject(file, zh),
                        file -> surveys.reportUnknownHousehold(file, zh)),
                surveys::deleteSuperseded, List.of(surveys::upsertResponses));
    }

    /** New issues and status updates upsert by 问题编号; each status change is kept (a re-opened issue too). */
    @Bean
    KindMerge patrolMerge(PatrolMergeMapper patrol, DataIssueText text) {
        Map<String, String> zh = text.sqlPatterns();
        return new StatementMerge(InboxKind.PATROL, List.of(file -> patrol.reportUnknownProject(file, zh)),
                patrol::deleteSuperseded, List.of(patrol::recordStatusChanges, patrol::upsertIssues));
    }

    /** Visit results count as coverage; rows without 拜访日期 are lists not yet worked and record nothing. */
    @Bean
    KindMerge visitMerge(VisitMergeMapper visits, DataIssueText text) {
        Map<String, String> zh = text.sqlPatterns();
        return new StatementMerge(InboxKind.VISITS,
                List.of(visits::resolveByAssignment, visits::resolveByRoom,
                        file -> visits.reportUnknownHousehold(file, zh)),
                visits::deleteSuperseded, List.of(visits::upsertResults), visits::countVisited);
    }
}
