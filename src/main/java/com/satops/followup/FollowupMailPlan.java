package com.satops.followup;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Who gets a mail for the day (FORMATS §5): each active project manager with an
 * email whose project has an order counted in any figure, and each active staff
 * member with an email who is 责任人 of a dissatisfied order without 跟进时间. A
 * person both rules name gets one mail holding both.
 */
public final class FollowupMailPlan {

    private FollowupMailPlan() {
    }

    /**
     * @param board      the day's figures per project
     * @param managers   active project managers with an email of the projects in scope
     * @param owners     active staff with an email among the owners of {@code notFollowedUp}
     * @param notFollowedUp dissatisfied orders of the day without a 跟进时间
     */
    public static List<PlannedMail> plan(FollowupBoard board, List<StaffAddress> managers,
                                         List<StaffAddress> owners, List<WorkOrderRow> notFollowedUp) {
        Map<String, StaffAddress> people = new TreeMap<>();
        Map<String, ProjectFigures> projectOf = new LinkedHashMap<>();
        for (StaffAddress manager : managers) {
            ProjectFigures project = board.projects().stream()
                    .filter(p -> p.projectCode().equals(manager.projectCode())).findFirst().orElse(null);
            if (project != null && project.anyCounted()) {
                people.put(manager.staffNo(), manager);
                projectOf.put(manager.staffNo(), project);
            }
        }
        Map<String, List<WorkOrderRow>> ordersOf = new LinkedHashMap<>();
        for (StaffAddress owner : owners) {
            List<WorkOrderRow> theirs = notFollowedUp.stream()
                    .filter(o -> owner.staffNo().equals(o.ownerStaffNo())).toList();
            if (!theirs.isEmpty()) {
                people.put(owner.staffNo(), owner);
                ordersOf.put(owner.staffNo(), theirs);
            }
        }
        List<PlannedMail> mails = new ArrayList<>();
        people.forEach((staffNo, person) -> mails.add(new PlannedMail(person, projectOf.get(staffNo),
                ordersOf.getOrDefault(staffNo, List.of()))));
        return mails;
    }

    /** The 工号 of the owners of these orders, to look their addresses up. */
    public static List<String> ownerStaffNos(List<WorkOrderRow> orders) {
        return orders.stream().map(WorkOrderRow::ownerStaffNo).filter(no -> no != null).distinct().sorted().toList();
    }
}
