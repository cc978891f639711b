package com.satops.common.inbox.kind;

import com.satops.common.inbox.DataIssueText;
import com.satops.common.inbox.InboxKind;
import com.satops.common.inbox.KindMerge;
import com.satops.common.inbox.MergeParams;
import com.satops.common.inbox.StagingMapper;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
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
    /** The earlier rows of a key, once named by the kind's statement, leave staging in one join. */
    private static Consumer<MergeParams> superseded(Consumer<MergeParams> mark, StagingMapper staging, InboxKind kind) {
        return file -> {
            mark.accept(file);
            staging.dropNamedRows(kind.stagingTable(), file.fileId());
        };
    }

    @Bean
    KindMerge erpMerge(ErpMergeMapper erp, StagingMapper staging, DataIssueText text) {
        Map<String, String> zh = text.sqlPatterns();
        return new StatementMerge(InboxKind.ERP, List.of(file -> erp.reportProjectNamedByCode(file, zh)),
                superseded(erp::markSuperseded, staging, InboxKind.ERP),
                List.of(erp::upsertProjects, erp::recordHandoverChanges, erp::recordOccupancyChanges,
                        erp::upsertHouseholds));
    }

    @Bean
    KindMerge staffMerge(StaffMergeMapper staff, StagingMapper staging, DataIssueText text) {
        Map<String, String> zh = text.sqlPatterns();
        return new StatementMerge(InboxKind.STAFF, List.of(file -> staff.reportUnknownProject(file, zh)),
                superseded(staff::markSuperseded, staging, InboxKind.STAFF), List.of(staff::upsertStaff));
    }

    /** Every mark is kept; class changes go to history; the latest 标记日期 is the current class. */
    @Bean
    KindMerge crmMerge(CrmMergeMapper crm, StagingMapper staging, DataIssueText text) {
        Map<String, String> zh = text.sqlPatterns();
        return new StatementMerge(InboxKind.CRM,
                List.of(crm::resolveHouseholds, file -> crm.reportUnknownProject(file, zh),
                        file -> crm.reportUnknownHousehold(file, zh)),
                superseded(crm::markSuperseded, staging, InboxKind.CRM),
                List.of(crm::recordClassChanges, crm::upsertMarks, crm::refreshCurrentClass));
    }

    @Bean
    KindMerge surveyMerge(SurveyMergeMapper surveys, StagingMapper staging, DataIssueText text) {
        Map<String, String> zh = text.sqlPatterns();
        return new StatementMerge(InboxKind.SURVEYS,
                List.of(surveys::resolveHouseholds, file -> surveys.reportUnknownProject(file, zh),
                        file -> surveys.reportUnknownHousehold(file, zh)),
                superseded(surveys::markSuperseded, staging, InboxKind.SURVEYS),
                List.of(surveys::upsertResponses));
    }

    /** New issues and status updates upsert by 问题编号; each status change is kept (a re-opened issue too). */
    @Bean
    KindMerge patrolMerge(PatrolMergeMapper patrol, StagingMapper staging, DataIssueText text) {
        Map<String, String> zh = text.sqlPatterns();
        return new StatementMerge(InboxKind.PATROL, List.of(file -> patrol.reportUnknownProject(file, zh)),
                superseded(patrol::markSuperseded, staging, InboxKind.PATROL),
                List.of(patrol::recordStatusChanges, patrol::upsertIssues));
    }

    /** Visit results count as coverage; rows without 拜访日期 are lists not yet worked and record nothing. */
    @Bean
    KindMerge visitMerge(VisitMergeMapper visits, StagingMapper staging, DataIssueText text) {
        Map<String, String> zh = text.sqlPatterns();
        return new StatementMerge(InboxKind.VISITS,
                List.of(visits::resolveByAssignment, visits::resolveByRoom,
                        file -> visits.reportUnknownHousehold(file, zh)),
                superseded(visits::markSuperseded, staging, InboxKind.VISITS), List.of(visits::upsertResults),
                visits::countVisited);
    }

    /**
     * Work orders upsert by 工单编号, a later row replacing the whole order; each change of 状态 is kept
     * with the file and the moment it was imported (the application's clock, so a test or a re-run can tell).
     */
    @Bean
    KindMerge workorderMerge(WorkorderMergeMapper orders, StagingMapper staging, DataIssueText text, Clock clock) {
        Map<String, String> zh = text.sqlPatterns();
        return new StatementMerge(InboxKind.WORKORDERS,
                List.of(orders::resolveHouseholds, file -> orders.reportUnknownProject(file, zh),
                        file -> orders.reportUnknownHousehold(file, zh)),
                superseded(orders::markSuperseded, staging, InboxKind.WORKORDERS),
                List.of(file -> orders.recordStatusChanges(file,
                                LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS)),
                        orders::upsertOrders));
    }
}
