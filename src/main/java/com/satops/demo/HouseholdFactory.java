package com.satops.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

import com.satops.common.domain.OccupancyStatus;
import com.satops.common.domain.CustomerClass;

/**
 * Gives each home of the walk its ERP and CRM facts: about 95 % handed over;
 * of those 75 % lived in by the owner, 10 % rented, 10 % empty, 5 % being
 * fitted out; and CRM marks for about 3 % black-listed and 8 % good-relation
 * households, a few of them black-listed first and reconciled later.
 */
final class HouseholdFactory {

    /** CRM history reaches back two years. */
    private static final int MARK_HISTORY_DAYS = 730;

    private static final String[] BLACK_NOTES = {
        "长期欠缴物业费，拒绝沟通", "多次恶意投诉，威胁工作人员", "拒缴物业费并煽动其他业主", "私自搭建拒不整改", ""
    };

    private static final String[] GOOD_NOTES = {
        "业委会成员", "积极参与社区活动", "多次表扬管家服务", "楼长，协助通知业主", "志愿者", ""
    };

    private final SplittableRandom random;
    private final LocalDate today;

    HouseholdFactory(SplittableRandom random, LocalDate today) {
        this.random = random;
        this.today = today;
    }

    Household create(long serial, ProjectLayout project, Building building, int unit, int floor, int door) {
        boolean delivered = random.nextDouble() < 0.95;
        OccupancyStatus occupancy = delivered ? occupancy() : OccupancyStatus.VACANT;
        String owner = delivered ? owner() : "";
        String phone = delivered && random.nextDouble() < 0.96 ? MobileNumbers.next(random) : "";
        List<ClassMark> marks = delivered ? marks() : List.of();
        return new Household(serial, project, building, unit, floor, door, owner, phone, delivered, occupancy, marks);
    }

    private OccupancyStatus occupancy() {
        double r = random.nextDouble();
        if (r < 0.75) {
            return OccupancyStatus.RESIDENT;
        }
        if (r < 0.85) {
            return OccupancyStatus.RENTED;
        }
        return r < 0.95 ? OccupancyStatus.VACANT : OccupancyStatus.RENOVATING;
    }

    private String owner() {
        String owner = ChineseNames.next(random);
        // Couples often hold the deed together and the ERP lists both.
        return random.nextDouble() < 0.03 ? owner + "、" + ChineseNames.next(random) : owner;
    }

    private List<ClassMark> marks() {
        double r = random.nextDouble();
        if (r < 0.03) {
            return List.of(new ClassMark(CustomerClass.BLACK, daysAgo(1, MARK_HISTORY_DAYS), pick(BLACK_NOTES)));
        }
        if (r < 0.11) {
            if (random.nextDouble() < 0.05) {
                LocalDate blackListed = daysAgo(90, MARK_HISTORY_DAYS);
                LocalDate reconciled = daysAgo(1, 60);
                return List.of(
                        new ClassMark(CustomerClass.BLACK, blackListed, pick(BLACK_NOTES)),
                        new ClassMark(CustomerClass.GOOD, reconciled, "已结清欠费，关系修复"));
            }
            return List.of(new ClassMark(CustomerClass.GOOD, daysAgo(1, MARK_HISTORY_DAYS), pick(GOOD_NOTES)));
        }
        if (r < 0.13) {
            if (random.nextDouble() < 0.5) {
                LocalDate good = daysAgo(120, MARK_HISTORY_DAYS);
                return List.of(
                        new ClassMark(CustomerClass.GOOD, good, pick(GOOD_NOTES)),
                        new ClassMark(CustomerClass.NORMAL, daysAgo(1, 100), "业委会换届，取消良好关系户标记"));
            }
            return List.of(new ClassMark(CustomerClass.NORMAL, daysAgo(1, MARK_HISTORY_DAYS), ""));
        }
        return List.of();
    }

    private LocalDate daysAgo(int nearest, int farthest) {
        return today.minusDays(nearest + random.nextInt(farthest - nearest + 1));
    }

    private String pick(String[] notes) {
        return notes[random.nextInt(notes.length)];
    }
}
