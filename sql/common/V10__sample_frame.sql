-- presampling-cleanup: each survey month's sample frame, one row per household
-- of the projects a run covered, so that the next month can say who entered or
-- left the frame and why. A run of the same month replaces its projects' rows.
CREATE TABLE sample_frame (
    frame_month       CHAR(7)      NOT NULL,
    household_id      BIGINT       NOT NULL,
    project_code      VARCHAR(32)  NOT NULL,
    room_key          VARCHAR(64)  NOT NULL,
    -- ELIGIBLE, or the first exclusion that applies: NOT_DELIVERED, NOT_OCCUPIED, BLACK
    outcome           VARCHAR(16)  NOT NULL,
    -- The household as of the run's as-of date, which the outcome was decided on
    handover_status   VARCHAR(16)  NOT NULL,
    occupancy_status  VARCHAR(16)  NOT NULL,
    customer_class    VARCHAR(16)  NOT NULL,
    -- The evidence: the CRM mark the class comes from (none: never marked, NORMAL) and,
    -- for a status exclusion, the change that set the status (none: as first listed)
    class_mark_id     BIGINT,
    status_change_id  BIGINT,
    as_of             DATE         NOT NULL,
    run_key           VARCHAR(255) NOT NULL,
    execution_id      BIGINT       NOT NULL,
    CONSTRAINT sample_frame_pk PRIMARY KEY (frame_month, household_id)
);
CREATE INDEX sample_frame_project ON sample_frame (frame_month, project_code, outcome);
