package com.satops.common.inbox.kind;

import com.satops.common.inbox.InboxKind;
import com.satops.common.inbox.KindMerge;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The merges whose every step is a set-based statement of their mapper (the roster's lives in {@link ErpMerge}). */
@Configuration(proxyBeanMethods = false)
public class KindMergeConfiguration {

    @Bean
    KindMerge staffMerge(StaffMergeMapper staff) {
        return new StatementMerge(InboxKind.STAFF, List.of(staff::reportUnknownProject), staff::supersededRows,
                List.of(staff::upsertStaff));
    }

    /** Every mark is kept; class changes go to history; the latest 标记日期 is the current class. */
    @Bean
    KindMerge crmMerge(CrmMergeMapper crm) {
        return new StatementMerge(InboxKind.CRM,
                List.of(crm::resolveHouseholds, crm::reportUnknownProject, crm::reportUnknownHousehold),
                crm::supersededRows,
                List.of(crm::recordClassChanges, crm::upsertMarks, crm::refreshCurrentClass));
    }

    @Bean
    KindMerge surveyMerge(SurveyMergeMapper surveys) {
        return new StatementMerge(InboxKind.SURVEYS,
                List.of(surveys::resolveHouseholds, surveys::reportUnknownProject, surveys::reportUnknownHousehold),
                surveys::supersededRows, List.of(surveys::upsertResponses));
    }

    /** New issues and status updates upsert by 问题编号; each status change is kept (a re-opened issue too). */
    @Bean
    KindMerge patrolMerge(PatrolMergeMapper patrol) {
        return new StatementMerge(InboxKind.PATROL, List.of(patrol::reportUnknownProject), patrol::supersededRows,
                List.of(patrol::recordStatusChanges, patrol::upsertIssues));
    }

    /** Visit results count as coverage; rows without 拜访日期 are lists not yet worked and record nothing. */
    @Bean
    KindMerge visitMerge(VisitMergeMapper visits) {
        return new StatementMerge(InboxKind.VISITS,
                List.of(visits::resolveByAssignment, visits::resolveByRoom, visits::reportUnknownHousehold),
                visits::supersededRows, List.of(visits::upsertResults), visits::countVisited);
    }
}
