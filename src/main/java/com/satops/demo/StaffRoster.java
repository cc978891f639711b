package com.satops.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import com.satops.common.domain.StaffRole;

/**
 * The company's staff: per project a manager, the heads of 客服部 and 工程部,
 * and a steward per zone. To give the reports something to show, the first
 * project with three zones has a zone shared by two stewards (the newcomer on a
 * reduced quota), a zone whose steward left and was not replaced, and a former
 * steward still on the list as no longer employed. About one in eight has no
 * company mailbox. Held in memory: a person per ~300 households.
 */
final class StaffRoster {

    static final String EMAIL_DOMAIN = "demo-property.example.com";
    static final String CUSTOMER_SERVICE = "客服部";
    static final String ENGINEERING = "工程部";

    /** The newcomer sharing a zone takes half a steward's default 120 visits. */
    static final int NEWCOMER_QUOTA = 60;

    private final List<StaffMember> everyone = new ArrayList<>();
    private final List<ProjectStaff> byProject = new ArrayList<>();
    private final SplittableRandom random;
    private int nextNumber = 10_001;

    /** A project's staff, for the writers that need a responsible person. */
    record ProjectStaff(StaffMember manager, StaffMember customerServiceHead, StaffMember engineeringHead,
            List<List<StaffMember>> stewardsByZone) {

        /** The active stewards of a zone; empty for the zone left without one. */
        List<StaffMember> stewards(int zone) {
            return stewardsByZone.get(zone);
        }
    }

    private StaffRoster(SplittableRandom random) {
        this.random = random;
    }

    static StaffRoster hire(List<ProjectLayout> layouts, SplittableRandom random) {
        StaffRoster roster = new StaffRoster(random);
        int showcase = -1;
        for (ProjectLayout layout : layouts) {
            if (layout.zoneCount() >= 3) {
                showcase = layout.index();
                break;
            }
        }
        for (ProjectLayout layout : layouts) {
            roster.staff(layout, layout.index() == showcase);
        }
        return roster;
    }

    List<StaffMember> everyone() {
        return everyone;
    }

    ProjectStaff of(ProjectLayout project) {
        return byProject.get(project.index());
    }

    private void staff(ProjectLayout project, boolean showcase) {
        StaffMember manager = add(StaffRole.PROJECT_MANAGER, "项目部", project, -1, null, true);
        StaffMember customerService = add(StaffRole.DEPT_HEAD, CUSTOMER_SERVICE, project, -1, null, true);
        StaffMember engineering = add(StaffRole.DEPT_HEAD, ENGINEERING, project, -1, null, true);
        List<List<StaffMember>> stewards = new ArrayList<>(project.zoneCount());
        for (int zone = 0; zone < project.zoneCount(); zone++) {
            List<StaffMember> zoneStewards = new ArrayList<>(2);
            if (showcase && zone == 0) {
                add(StaffRole.STEWARD, CUSTOMER_SERVICE, project, zone, null, false);
            }
            if (!(showcase && zone == 2)) {
                zoneStewards.add(add(StaffRole.STEWARD, CUSTOMER_SERVICE, project, zone, null, true));
            }
            if (showcase && zone == 1) {
                zoneStewards.add(add(StaffRole.STEWARD, CUSTOMER_SERVICE, project, zone, NEWCOMER_QUOTA, true));
            }
            stewards.add(List.copyOf(zoneStewards));
        }
        byProject.add(new ProjectStaff(manager, customerService, engineering, stewards));
    }

    private StaffMember add(StaffRole role, String department, ProjectLayout project, int zone, Integer quota,
            boolean active) {
        String staffNo = "S" + nextNumber;
        // Numbers are issued company-wide, so one project's staff are not consecutive.
        nextNumber += 1 + random.nextInt(4);
        String email = random.nextDouble() < 0.88 ? staffNo.toLowerCase() + "@" + EMAIL_DOMAIN : "";
        StaffMember member = new StaffMember(staffNo, ChineseNames.next(random), role, department, project, zone,
                MobileNumbers.next(random), email, quota, active);
        everyone.add(member);
        return member;
    }
}
