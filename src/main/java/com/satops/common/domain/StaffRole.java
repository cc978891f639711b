package com.satops.common.domain;

/** A staff member's post (岗位), which also sets how many visits a month they make by default. */
public enum StaffRole implements Labelled {

    STEWARD("管家", 120),
    DEPT_HEAD("部门负责人", 50),
    PROJECT_MANAGER("项目经理", 30);

    private final String label;
    private final int defaultMonthlyQuota;

    StaffRole(String label, int defaultMonthlyQuota) {
        this.label = label;
        this.defaultMonthlyQuota = defaultMonthlyQuota;
    }

    @Override
    public String label() {
        return label;
    }

    /** Visits a month when the staff roster gives no 月拜访指标. */
    public int defaultMonthlyQuota() {
        return defaultMonthlyQuota;
    }
}
