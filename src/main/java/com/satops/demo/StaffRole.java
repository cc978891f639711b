package com.satops.demo;

/** 岗位 as HR writes it, and the department each role sits in. */
enum StaffRole {
    STEWARD("管家"),
    DEPT_HEAD("部门负责人"),
    PROJECT_MANAGER("项目经理");

    private final String label;

    StaffRole(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }
}
