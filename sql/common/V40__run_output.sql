-- What a run wrote and whom it could not mail, in satops' own table rather than
-- Batch's execution context. Keyed by the job instance, so a restarted run still
-- lists the reports its earlier executions wrote.
CREATE TABLE run_output (
    output_id        BIGINT AUTO_INCREMENT PRIMARY KEY,
    job_instance_id  BIGINT        NOT NULL,
    execution_id     BIGINT        NOT NULL,
    kind             VARCHAR(16)   NOT NULL,
    item             VARCHAR(500)  NOT NULL,
    created_at       TIMESTAMP     NOT NULL DEFAULT CURRENT_TIMESTAMP
);
CREATE UNIQUE INDEX run_output_item ON run_output (job_instance_id, kind, item);
