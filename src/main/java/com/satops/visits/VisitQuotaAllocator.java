package com.satops.visits;

import com.satops.common.text.NaturalOrder;
import com.satops.common.domain.StaffRole;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Who visits whom (FORMATS §5). Fed a project's candidates in list order, it
 * lets project managers take from the top, then department heads, then each
 * candidate goes to a steward of its own zone; people of one group take in
 * turn by 工号 and nobody goes over their quota. Being fed each household once
 * is what keeps a household to one assignment a month.
 */
public final class VisitQuotaAllocator {

    private static final Comparator<Assignee> BY_STAFF_NO =
            Comparator.comparing(Assignee::staffNo, NaturalOrder.INSTANCE);

    private final TurnTaking projectManagers;
    private final TurnTaking departmentHeads;
    private final Map<String, TurnTaking> stewardsByZone = new HashMap<>();

    public VisitQuotaAllocator(List<Assignee> activeStaff) {
        projectManagers = new TurnTaking(ofRole(activeStaff, StaffRole.PROJECT_MANAGER));
        departmentHeads = new TurnTaking(ofRole(activeStaff, StaffRole.DEPT_HEAD));
        Map<String, List<Assignee>> zones = new HashMap<>();
        for (Assignee steward : ofRole(activeStaff, StaffRole.STEWARD)) {
            if (steward.zone() != null) {
                zones.computeIfAbsent(steward.zone(), z -> new ArrayList<>()).add(steward);
            }
        }
        zones.forEach((zone, stewards) -> stewardsByZone.put(zone, new TurnTaking(stewards)));
    }

    /** Who takes this candidate, or null when nobody who may has quota left. */
    public Assignee assign(HouseholdStanding candidate) {
        Assignee taker = projectManagers.take();
        if (taker == null) {
            taker = departmentHeads.take();
        }
        if (taker == null) {
            TurnTaking stewards = stewardsByZone.get(candidate.zone());
            taker = stewards == null ? null : stewards.take();
        }
        return taker;
    }

    private static List<Assignee> ofRole(List<Assignee> staff, StaffRole role) {
        return staff.stream().filter(a -> a.role() == role).sorted(BY_STAFF_NO).toList();
    }
}
