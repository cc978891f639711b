-- CRM work orders (FORMATS §2 workorders) for the daily service-followup check.
-- Date-times are local time in the schedules' zone, as the CRM writes them.

CREATE TABLE work_order (
    order_no             VARCHAR(64)  PRIMARY KEY,
    project_code         VARCHAR(32)  NOT NULL,
    room_key             VARCHAR(64),            -- NULL: a public-area order
    household_id         BIGINT,
    order_type           VARCHAR(16)  NOT NULL,
    created_at           DATETIME     NOT NULL,
    responded_at         DATETIME,
    dispatched_at        DATETIME,
    first_feedback_at    DATETIME,
    completed_at         DATETIME,
    return_visit_at      DATETIME,
    return_visit_rating  VARCHAR(16),
    followed_up_at       DATETIME,
    owner_staff_no       VARCHAR(32),
    status               VARCHAR(16)  NOT NULL,
    file_id              BIGINT       NOT NULL,
    row_no               INT
);
CREATE INDEX work_order_created ON work_order (created_at, project_code);
CREATE INDEX work_order_completed ON work_order (completed_at);
CREATE INDEX work_order_return_visit ON work_order (return_visit_at);

-- Each change of 状态 an import made; an order's first row is no change.
CREATE TABLE work_order_status_change (
    change_id     BIGINT AUTO_INCREMENT PRIMARY KEY,
    order_no      VARCHAR(64)  NOT NULL,
    from_status   VARCHAR(16)  NOT NULL,
    to_status     VARCHAR(16)  NOT NULL,
    file_id       BIGINT       NOT NULL,
    file_name     VARCHAR(255) NOT NULL,
    row_no        INT,
    imported_at   DATETIME     NOT NULL,
    run_key       VARCHAR(255) NOT NULL,
    execution_id  BIGINT       NOT NULL
);
CREATE INDEX work_order_status_change_order ON work_order_status_change (order_no);

CREATE TABLE stg_workorder (
    file_id              BIGINT       NOT NULL,
    sheet                VARCHAR(100),
    row_no               INT          NOT NULL,
    order_no             VARCHAR(64)  NOT NULL,
    project_code         VARCHAR(32)  NOT NULL,
    room_key             VARCHAR(64),
    order_type           VARCHAR(16)  NOT NULL,
    created_at           DATETIME     NOT NULL,
    responded_at         DATETIME,
    dispatched_at        DATETIME,
    first_feedback_at    DATETIME,
    completed_at         DATETIME,
    return_visit_at      DATETIME,
    return_visit_rating  VARCHAR(16),
    followed_up_at       DATETIME,
    owner_staff_no       VARCHAR(32),
    status               VARCHAR(16)  NOT NULL,
    household_id         BIGINT
);
CREATE INDEX stg_workorder_file ON stg_workorder (file_id);
