-- patrol-closeout: each trend week's figures per project (trend_week 0: the oldest,
-- the reported week last) as the run's figures step counted them, so the run's
-- partitioners, workbooks and mails read them instead of counting every trend week
-- again. Keyed by the job instance, like followup_day_project.
CREATE TABLE patrol_week_project (
    job_instance_id  BIGINT       NOT NULL,
    trend_week       INT          NOT NULL,
    project_code     VARCHAR(32)  NOT NULL,
    project_name     VARCHAR(200) NOT NULL,
    found            BIGINT       NOT NULL,
    closed           BIGINT       NOT NULL,
    overdue          BIGINT       NOT NULL,
    recheck_due      BIGINT       NOT NULL,
    recheck_on_time  BIGINT       NOT NULL,
    PRIMARY KEY (job_instance_id, trend_week, project_code)
);
