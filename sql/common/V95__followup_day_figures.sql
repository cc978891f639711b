-- service-followup: the day's figures per project as the run's figures step counted
-- them, so the partitioner, the workbooks and the mails of the run read the same
-- numbers instead of counting the orders again. Keyed by the job instance: a
-- restart counts again (its import may have applied more files) and replaces them.
CREATE TABLE followup_day_project (
    job_instance_id     BIGINT       NOT NULL,
    project_code        VARCHAR(32)  NOT NULL,
    project_name        VARCHAR(200) NOT NULL,
    created             BIGINT       NOT NULL,
    responded_in15      BIGINT       NOT NULL,
    dispatched_in30     BIGINT       NOT NULL,
    feedback_in60       BIGINT       NOT NULL,
    return_visit_due    BIGINT       NOT NULL,
    return_visit_in24h  BIGINT       NOT NULL,
    dissatisfied        BIGINT       NOT NULL,
    followed_up_in24h   BIGINT       NOT NULL,
    overdue             BIGINT       NOT NULL,
    PRIMARY KEY (job_instance_id, project_code)
);

-- A project's orders by their creation: the figures join each project to its own
-- orders, and a partition's listings read its projects' orders, instead of
-- scanning every order created before the day's end once per project.
CREATE INDEX work_order_project ON work_order (project_code, created_at);
