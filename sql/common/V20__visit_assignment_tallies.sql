-- visit-assignment: why each household was chosen, as the run saw it, and the
-- month's tallies per project and zone, so the lists, the summary sheet and the
-- run figures all read the same decision.

ALTER TABLE visit_assignment ADD COLUMN customer_class VARCHAR(16) NULL;
ALTER TABLE visit_assignment ADD COLUMN last_score INT NULL;
ALTER TABLE visit_assignment ADD COLUMN last_visit DATE NULL;
CREATE INDEX visit_assignment_project ON visit_assignment (assign_month, project_code, staff_no);

CREATE TABLE visit_month_project (
    assign_month               CHAR(7)      NOT NULL,
    project_code               VARCHAR(32)  NOT NULL,
    households                 INT          NOT NULL,
    quarter_covered            INT          NOT NULL,
    candidates                 INT          NOT NULL,
    assigned                   INT          NOT NULL,
    assigned_steward           INT          NOT NULL,
    assigned_dept_head         INT          NOT NULL,
    assigned_project_manager   INT          NOT NULL,
    quarter_remaining          INT          NOT NULL,
    later_months               INT          NOT NULL,
    manager_quota              INT          NOT NULL,
    shortfall                  INT          NOT NULL,
    run_key                    VARCHAR(255) NOT NULL,
    execution_id               BIGINT       NOT NULL,
    PRIMARY KEY (assign_month, project_code)
);

CREATE TABLE visit_month_zone (
    assign_month       CHAR(7)      NOT NULL,
    project_code       VARCHAR(32)  NOT NULL,
    zone               VARCHAR(64)  NOT NULL,
    households         INT          NOT NULL,
    quarter_covered    INT          NOT NULL,
    candidates         INT          NOT NULL,
    assigned           INT          NOT NULL,
    quarter_remaining  INT          NOT NULL,
    active_stewards    INT          NOT NULL,
    steward_quota      INT          NOT NULL,
    run_key            VARCHAR(255) NOT NULL,
    execution_id       BIGINT       NOT NULL,
    PRIMARY KEY (assign_month, project_code, zone)
);
