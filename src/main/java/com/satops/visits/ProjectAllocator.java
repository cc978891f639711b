package com.satops.visits;

import com.satops.common.text.NaturalOrder;
import com.satops.common.domain.StaffRole;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Decides one project's month. Fed every delivered household of the project
 * once (in any order), it keeps only the candidates, counts the rest per zone,
 * then orders the candidates ({@link CandidateOrder}), hands them out
 * ({@link VisitQuotaAllocator}) and forecasts the shortfall ({@link ShortfallForecast}).
 */
public final class ProjectAllocator implements Consumer<HouseholdStanding> {

    private final String projectCode;
    private final VisitMonth month;
    private final List<Assignee> staff;
    private final List<HouseholdStanding> candidates = new ArrayList<>();
    private final Map<String, ZoneCount> zones = new HashMap<>();

    public ProjectAllocator(String projectCode, VisitMonth month, List<Assignee> activeStaff) {
        this.projectCode = projectCode;
        this.month = month;
        this.staff = List.copyOf(activeStaff);
    }

    @Override
    public void accept(HouseholdStanding household) {
        ZoneCount zone = zones.computeIfAbsent(household.zone(), ZoneCount::new);
        zone.households++;
        boolean covered = month.covers(household.lastVisit());
        if (covered) {
            zone.covered++;
        }
        if (VisitPriority.of(household, month) != null) {
            // one zone String shared by all its candidates, not one per row: a big project holds many
            candidates.add(household.withZone(zone.name));
        }
    }

    public ProjectAllocation finish() {
        candidates.sort(CandidateOrder.INSTANCE);
        VisitQuotaAllocator allocator = new VisitQuotaAllocator(staff);
        List<Assignment> assignments = new ArrayList<>();
        Map<StaffRole, Long> byRole = new EnumMap<>(StaffRole.class);
        for (StaffRole role : StaffRole.values()) {
            byRole.put(role, 0L);
        }
        for (int i = 0; i < candidates.size(); i++) {
            HouseholdStanding candidate = candidates.get(i);
            ZoneCount zone = zones.get(candidate.zone());
            zone.candidates++;
            Assignee taker = allocator.assign(candidate);
            if (taker == null) {
                continue;
            }
            zone.assigned++;
            if (!month.covers(candidate.lastVisit())) {
                zone.assignedUncovered++;
            }
            byRole.merge(taker.role(), 1L, Long::sum);
            assignments.add(new Assignment(AssignmentIds.of(month.month(), projectCode, candidate.householdId()),
                    month.toString(), projectCode, candidate.householdId(), taker.staffNo(), taker.role(), i + 1,
                    VisitPriority.of(candidate, month), candidate.customerClass(), candidate.lastScore(),
                    candidate.lastVisit()));
        }
        candidates.clear();
        return new ProjectAllocation(projectTally(assignments.size(), byRole), zoneTallies(), assignments);
    }

    private ProjectTally projectTally(long assigned, Map<StaffRole, Long> byRole) {
        long households = 0;
        long covered = 0;
        long candidateCount = 0;
        long remaining = 0;
        Map<String, Long> remainingByZone = new LinkedHashMap<>();
        for (ZoneCount zone : zones.values()) {
            households += zone.households;
            covered += zone.covered;
            candidateCount += zone.candidates;
            remaining += zone.remaining();
            remainingByZone.put(zone.name, zone.remaining());
        }
        Map<String, Long> stewardQuota = new HashMap<>();
        long managerQuota = 0;
        for (Assignee person : staff) {
            if (person.role() == StaffRole.STEWARD) {
                if (person.zone() != null) {
                    stewardQuota.merge(person.zone(), (long) person.quota(), Long::sum);
                }
            } else {
                managerQuota += person.quota();
            }
        }
        int laterMonths = month.laterMonthsInQuarter();
        long shortfall = ShortfallForecast.of(laterMonths, remainingByZone, stewardQuota, managerQuota);
        return new ProjectTally(projectCode, households, covered, candidateCount, assigned,
                byRole.get(StaffRole.STEWARD), byRole.get(StaffRole.DEPT_HEAD),
                byRole.get(StaffRole.PROJECT_MANAGER), remaining, laterMonths, managerQuota, shortfall);
    }

    /** Every zone with households or an active steward, in natural order. */
    private List<ZoneTally> zoneTallies() {
        Map<String, int[]> stewards = new HashMap<>();
        Map<String, Long> quota = new HashMap<>();
        for (Assignee person : staff) {
            if (person.role() == StaffRole.STEWARD && person.zone() != null) {
                stewards.computeIfAbsent(person.zone(), z -> new int[1])[0]++;
                quota.merge(person.zone(), (long) person.quota(), Long::sum);
                zones.computeIfAbsent(person.zone(), ZoneCount::new);
            }
        }
        Map<String, ZoneCount> ordered = new TreeMap<>(NaturalOrder.INSTANCE);
        ordered.putAll(zones);
        List<ZoneTally> tallies = new ArrayList<>();
        for (ZoneCount zone : ordered.values()) {
            int[] count = stewards.get(zone.name);
            tallies.add(new ZoneTally(zone.name, zone.households, zone.covered, zone.candidates, zone.assigned,
                    zone.remaining(), count == null ? 0 : count[0], quota.getOrDefault(zone.name, 0L)));
        }
        return tallies;
    }

    private static final class ZoneCount {
        private final String name;
        private long households;
        private long covered;
        private long candidates;
        private long assigned;
        private long assignedUncovered;

        private ZoneCount(String name) {
            this.name = name;
        }

        /** Neither covered before the month nor on this month's lists. */
        private long remaining() {
            return households - covered - assignedUncovered;
        }
    }
}
