-- The satops domain: one schema for H2 (MySQL mode) and MySQL/MariaDB.
-- Every record an import touches carries the file (and row) that set it, so a
-- report can always answer "which file said so".

CREATE TABLE imported_file (
    file_id        BIGINT AUTO_INCREMENT PRIMARY KEY,
    kind           VARCHAR(16)   NOT NULL,
    file_name      VARCHAR(255)  NOT NULL,
    source_path    VARCHAR(1000) NOT NULL,
    sha256         CHAR(64)      NOT NULL,
    status         VARCHAR(16)   NOT NULL, -- STAGING, APPLIED, DUPLICATE, REJECTED, OVER_RATE
    data_rows      INT           NOT NULL DEFAULT 0,
    bad_rows       INT           NOT NULL DEFAULT 0,
    applied_rows   INT           NOT NULL DEFAULT 0,
    message        VARCHAR(2000),
    run_key        VARCHAR(255)  NOT NULL,
    execution_id   BIGINT        NOT NULL,
    effective_on   DATE          NOT NULL, -- the run's as-of date: when the file's facts took effect
    started_at     TIMESTAMP     NOT NULL DEFAULT CURRENT_TIMESTAMP,
    finished_at    TIMESTAMP     NULL
);
CREATE INDEX imported_file_run ON imported_file (run_key);
CREATE INDEX imported_file_exec ON imported_file (execution_id, kind);
CREATE INDEX imported_file_sha ON imported_file (sha256);

-- A content hash is applied at most once, whatever the file is called.
CREATE TABLE applied_content (
    sha256   CHAR(64) PRIMARY KEY,
    file_id  BIGINT   NOT NULL
);

CREATE TABLE data_issue (
    issue_id      BIGINT AUTO_INCREMENT PRIMARY KEY,
    execution_id  BIGINT        NOT NULL,
    run_key       VARCHAR(255)  NOT NULL,
    file_id       BIGINT,
    file_name     VARCHAR(255),
    sheet         VARCHAR(100),
    row_no        INT,
    column_name   VARCHAR(100),
    cell_value    VARCHAR(500),
    reason        VARCHAR(500)  NOT NULL,
    row_skipped   BOOLEAN       NOT NULL,
    created_at    TIMESTAMP     NOT NULL DEFAULT CURRENT_TIMESTAMP
);
CREATE INDEX data_issue_run ON data_issue (run_key);
CREATE INDEX data_issue_file ON data_issue (file_id, row_skipped);

CREATE TABLE project (
    project_code           VARCHAR(32)  PRIMARY KEY,
    project_name           VARCHAR(200) NOT NULL,
    latest_roster_file_id  BIGINT,
    created_at             TIMESTAMP    NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE household (
    household_id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    project_code         VARCHAR(32)  NOT NULL,
    room_key             VARCHAR(64)  NOT NULL,
    building             VARCHAR(32)  NOT NULL,
    unit                 VARCHAR(32),
    room                 VARCHAR(32)  NOT NULL,
    zone                 VARCHAR(64)  NOT NULL,
    owner_name           VARCHAR(200),
    phone                VARCHAR(64),
    handover_status      VARCHAR(16)  NOT NULL,
    occupancy_status     VARCHAR(16)  NOT NULL,
    customer_class       VARCHAR(16)  NOT NULL DEFAULT 'NORMAL',
    class_marked_on      DATE,
    first_file_id        BIGINT       NOT NULL,
    last_roster_file_id  BIGINT       NOT NULL,
    last_roster_row_no   INT,
    CONSTRAINT household_room UNIQUE (project_code, room_key)
);
CREATE INDEX household_zone ON household (project_code, zone);

-- One row per changed field (HANDOVER or OCCUPANCY); a first listing is no change.
CREATE TABLE status_change (
    change_id     BIGINT AUTO_INCREMENT PRIMARY KEY,
    household_id  BIGINT       NOT NULL,
    field         VARCHAR(16)  NOT NULL,
    from_value    VARCHAR(16)  NOT NULL,
    to_value      VARCHAR(16)  NOT NULL,
    changed_on    DATE         NOT NULL,
    file_id       BIGINT       NOT NULL,
    row_no        INT,
    run_key       VARCHAR(255) NOT NULL,
    execution_id  BIGINT       NOT NULL
);
CREATE INDEX status_change_run ON status_change (run_key);
CREATE INDEX status_change_household ON status_change (household_id, changed_on);

-- Every CRM mark as sent; the class as of a date is the latest mark on or before it.
CREATE TABLE class_mark (
    mark_id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    household_id    BIGINT       NOT NULL,
    customer_class  VARCHAR(16)  NOT NULL,
    marked_on       DATE         NOT NULL,
    note            VARCHAR(500),
    file_id         BIGINT       NOT NULL,
    sheet           VARCHAR(100),
    row_no          INT,
    CONSTRAINT class_mark_day UNIQUE (household_id, marked_on)
);

CREATE TABLE class_change (
    change_id     BIGINT AUTO_INCREMENT PRIMARY KEY,
    household_id  BIGINT       NOT NULL,
    from_class    VARCHAR(16)  NOT NULL,
    to_class      VARCHAR(16)  NOT NULL,
    changed_on    DATE         NOT NULL,
    file_id       BIGINT       NOT NULL,
    row_no        INT,
    run_key       VARCHAR(255) NOT NULL,
    execution_id  BIGINT       NOT NULL
);
CREATE INDEX class_change_run ON class_change (run_key);
CREATE INDEX class_change_household ON class_change (household_id, changed_on);

CREATE TABLE staff (
    staff_no       VARCHAR(32)  PRIMARY KEY,
    staff_name     VARCHAR(100) NOT NULL,
    role           VARCHAR(16)  NOT NULL,
    project_code   VARCHAR(32)  NOT NULL,
    zone           VARCHAR(64),
    email          VARCHAR(200),
    monthly_quota  INT,
    active         BOOLEAN      NOT NULL,
    file_id        BIGINT       NOT NULL,
    row_no         INT
);
CREATE INDEX staff_project ON staff (project_code, role);

CREATE TABLE survey_response (
    response_id      BIGINT AUTO_INCREMENT PRIMARY KEY,
    survey_month     CHAR(7)       NOT NULL,
    project_code     VARCHAR(32)   NOT NULL,
    household_id     BIGINT        NOT NULL,
    score            INT           NOT NULL,
    reason           VARCHAR(1000),
    reason_category  VARCHAR(16),
    in_assessment    BOOLEAN       NOT NULL,
    surveyed_on      DATE,
    file_id          BIGINT        NOT NULL,
    row_no           INT,
    CONSTRAINT survey_response_key UNIQUE (survey_month, household_id)
);
CREATE INDEX survey_response_month ON survey_response (survey_month, project_code);
CREATE INDEX survey_response_household ON survey_response (household_id, survey_month);

CREATE TABLE patrol_issue (
    issue_no        VARCHAR(64)   PRIMARY KEY,
    project_code    VARCHAR(32)   NOT NULL,
    patrol_type     VARCHAR(16)   NOT NULL,
    found_on        DATE          NOT NULL,
    zone            VARCHAR(64),
    location        VARCHAR(200),
    category        VARCHAR(16),
    description     VARCHAR(1000) NOT NULL,
    department      VARCHAR(100),
    owner_staff_no  VARCHAR(32),
    status          VARCHAR(16)   NOT NULL,
    closed_on       DATE,
    rechecked_on    DATE,
    file_id         BIGINT        NOT NULL,
    row_no          INT
);
CREATE INDEX patrol_issue_found ON patrol_issue (project_code, patrol_type, found_on);

CREATE TABLE patrol_status_change (
    change_id     BIGINT AUTO_INCREMENT PRIMARY KEY,
    issue_no      VARCHAR(64)  NOT NULL,
    from_status   VARCHAR(16)  NOT NULL,
    to_status     VARCHAR(16)  NOT NULL,
    closed_on     DATE,
    changed_on    DATE         NOT NULL,
    file_id       BIGINT       NOT NULL,
    row_no        INT,
    run_key       VARCHAR(255) NOT NULL,
    execution_id  BIGINT       NOT NULL
);
CREATE INDEX patrol_status_change_issue ON patrol_status_change (issue_no);

CREATE TABLE visit_assignment (
    assignment_id    VARCHAR(40)  PRIMARY KEY,
    assign_month     CHAR(7)      NOT NULL,
    project_code     VARCHAR(32)  NOT NULL,
    household_id     BIGINT       NOT NULL,
    staff_no         VARCHAR(32)  NOT NULL,
    role             VARCHAR(16)  NOT NULL,
    candidate_rank   INT          NOT NULL,
    priority         VARCHAR(16)  NOT NULL, -- BLACK, LOW_SCORE, COVERAGE
    run_key          VARCHAR(255) NOT NULL,
    execution_id     BIGINT       NOT NULL,
    CONSTRAINT visit_assignment_month UNIQUE (assign_month, household_id)
);
CREATE INDEX visit_assignment_staff ON visit_assignment (assign_month, staff_no);

-- Keyed by the issued assignment, or by household and date for a visit made outside the list.
CREATE TABLE visit_result (
    result_id      BIGINT AUTO_INCREMENT PRIMARY KEY,
    result_key     VARCHAR(80)   NOT NULL,
    assignment_id  VARCHAR(40),
    household_id   BIGINT        NOT NULL,
    project_code   VARCHAR(32)   NOT NULL,
    visited_on     DATE          NOT NULL,
    method         VARCHAR(16),
    owner_score    INT,
    request        VARCHAR(1000),
    file_id        BIGINT        NOT NULL,
    row_no         INT,
    CONSTRAINT visit_result_key UNIQUE (result_key)
);
CREATE INDEX visit_result_household ON visit_result (household_id, visited_on);

-- Transactional outbox: a mail is committed with the job's data and queued once per key.
CREATE TABLE mail_outbox (
    mail_id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    mail_key           VARCHAR(400)  NOT NULL,
    job                VARCHAR(64)   NOT NULL,
    period             VARCHAR(16)   NOT NULL,
    recipient          VARCHAR(200)  NOT NULL,
    subject            VARCHAR(500)  NOT NULL,
    html_body          MEDIUMTEXT    NOT NULL,
    attachment_path    VARCHAR(1000),
    inline_image_path  VARCHAR(1000),
    status             VARCHAR(16)   NOT NULL, -- QUEUED, SENT
    attempts           INT           NOT NULL DEFAULT 0,
    next_attempt_at    TIMESTAMP     NOT NULL DEFAULT CURRENT_TIMESTAMP,
    last_error         VARCHAR(2000),
    created_at         TIMESTAMP     NOT NULL DEFAULT CURRENT_TIMESTAMP,
    sent_at            TIMESTAMP     NULL,
    run_key            VARCHAR(255)  NOT NULL,
    execution_id       BIGINT        NOT NULL,
    CONSTRAINT mail_outbox_key UNIQUE (mail_key)
);
CREATE INDEX mail_outbox_due ON mail_outbox (status, next_attempt_at);

-- The run summary each execution ended with, for `satops runs` and the HTTP API.
CREATE TABLE run_summary (
    execution_id  BIGINT        PRIMARY KEY,
    job           VARCHAR(64)   NOT NULL,
    run_key       VARCHAR(255)  NOT NULL,
    status        VARCHAR(16)   NOT NULL,
    summary_json  MEDIUMTEXT    NOT NULL,
    finished_at   TIMESTAMP     NOT NULL DEFAULT CURRENT_TIMESTAMP
);
CREATE INDEX run_summary_key ON run_summary (run_key);

-- Staging: a file's rows land here first and reach the domain tables in one
-- set-based merge transaction, so a file is applied whole or not at all.
CREATE TABLE stg_erp (
    file_id           BIGINT       NOT NULL,
    sheet             VARCHAR(100),
    row_no            INT          NOT NULL,
    project_code      VARCHAR(32)  NOT NULL,
    project_name      VARCHAR(200),
    room_key          VARCHAR(64)  NOT NULL,
    building          VARCHAR(32)  NOT NULL,
    unit              VARCHAR(32),
    room              VARCHAR(32)  NOT NULL,
    zone              VARCHAR(64)  NOT NULL,
    owner_name        VARCHAR(200),
    phone             VARCHAR(64),
    handover_status   VARCHAR(16)  NOT NULL,
    occupancy_status  VARCHAR(16)  NOT NULL
);
CREATE INDEX stg_erp_file ON stg_erp (file_id, project_code, room_key);

CREATE TABLE stg_crm (
    file_id         BIGINT       NOT NULL,
    sheet           VARCHAR(100),
    row_no          INT          NOT NULL,
    project_code    VARCHAR(32)  NOT NULL,
    room_key        VARCHAR(64)  NOT NULL,
    customer_class  VARCHAR(16)  NOT NULL,
    marked_on       DATE         NOT NULL,
    note            VARCHAR(500),
    household_id    BIGINT
);
CREATE INDEX stg_crm_file ON stg_crm (file_id, project_code, room_key);

CREATE TABLE stg_staff (
    file_id        BIGINT       NOT NULL,
    sheet          VARCHAR(100),
    row_no         INT          NOT NULL,
    staff_no       VARCHAR(32)  NOT NULL,
    staff_name     VARCHAR(100) NOT NULL,
    role           VARCHAR(16)  NOT NULL,
    project_code   VARCHAR(32)  NOT NULL,
    zone           VARCHAR(64),
    email          VARCHAR(200),
    monthly_quota  INT,
    active         BOOLEAN      NOT NULL
);
CREATE INDEX stg_staff_file ON stg_staff (file_id, staff_no);

CREATE TABLE stg_survey (
    file_id          BIGINT        NOT NULL,
    sheet            VARCHAR(100),
    row_no           INT           NOT NULL,
    survey_month     CHAR(7)       NOT NULL,
    project_code     VARCHAR(32)   NOT NULL,
    room_key         VARCHAR(64)   NOT NULL,
    score            INT           NOT NULL,
    reason           VARCHAR(1000),
    reason_category  VARCHAR(16),
    in_assessment    BOOLEAN       NOT NULL,
    surveyed_on      DATE,
    household_id     BIGINT
);
CREATE INDEX stg_survey_file ON stg_survey (file_id, project_code, room_key);

CREATE TABLE stg_patrol (
    file_id         BIGINT        NOT NULL,
    sheet           VARCHAR(100),
    row_no          INT           NOT NULL,
    issue_no        VARCHAR(64)   NOT NULL,
    project_code    VARCHAR(32)   NOT NULL,
    patrol_type     VARCHAR(16)   NOT NULL,
    found_on        DATE          NOT NULL,
    zone            VARCHAR(64),
    location        VARCHAR(200),
    category        VARCHAR(16),
    description     VARCHAR(1000) NOT NULL,
    department      VARCHAR(100),
    owner_staff_no  VARCHAR(32),
    status          VARCHAR(16)   NOT NULL,
    closed_on       DATE,
    rechecked_on    DATE
);
CREATE INDEX stg_patrol_file ON stg_patrol (file_id, issue_no);

CREATE TABLE stg_visit (
    file_id        BIGINT        NOT NULL,
    sheet          VARCHAR(100),
    row_no         INT           NOT NULL,
    assignment_id  VARCHAR(40),
    project_code   VARCHAR(32),
    room_key       VARCHAR(64),
    visited_on     DATE,
    method         VARCHAR(16),
    owner_score    INT,
    request        VARCHAR(1000),
    household_id   BIGINT
);
CREATE INDEX stg_visit_file ON stg_visit (file_id);
