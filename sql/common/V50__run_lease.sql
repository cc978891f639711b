-- One row per running execution of a job and parameters: the unique run key makes a
-- second start of the same run, in this process or another, fail at the insert.
-- The owner refreshes heartbeat_at while it runs; a row whose heartbeat stopped,
-- or whose process on this host is gone, belongs to an owner that died.
CREATE TABLE run_lease (
    run_key       VARCHAR(255)  NOT NULL PRIMARY KEY,
    job           VARCHAR(64)   NOT NULL,
    execution_id  BIGINT        NULL,
    owner_host    VARCHAR(255)  NOT NULL,
    owner_pid     BIGINT        NOT NULL,
    owner_id      VARCHAR(64)   NOT NULL,
    started_at    TIMESTAMP     NOT NULL,
    heartbeat_at  TIMESTAMP     NOT NULL
);
CREATE INDEX run_lease_owner ON run_lease (owner_id);

-- Alerts already raised (a failed run, a late firing): raised once, whoever notices.
CREATE TABLE alert_raised (
    alert_key   VARCHAR(400)  NOT NULL PRIMARY KEY,
    raised_at   TIMESTAMP     NOT NULL
);
